using ZezhouDisclosure.Application.RequestNotices;

namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>Renders a 告知书 as a Word document (.docx); implemented in Infrastructure.</summary>
public interface INoticeDocuments
{
    byte[] WriteDocx(NoticeModel notice);

    /// <summary>The blank paper 申请表 (<see cref="Requests.BlankApplicationForm"/>) as .docx.</summary>
    byte[] WriteBlankApplicationForm();
}
