using ZezhouDisclosure.Application.RequestNotices;

namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>Renders a 告知书 as a Word document (.docx); implemented in Infrastructure.</summary>
public interface INoticeDocuments
{
    byte[] WriteDocx(NoticeModel notice);
}
