using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Checks;

/// <summary>
/// Personal data exposed: unmasked 身份证 numbers (valid check digit), 11-digit mobile numbers and bank card numbers
/// (Luhn) in published bodies and attachment text, reported masked (条例第十五条; 个人信息保护法; checklist #13).
/// </summary>
public sealed class PersonalDataCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "content.personal-data";

    public string Name => "泄露个人信息";

    public string Source => "《政府信息公开条例》第十五条；《个人信息保护法》；政府网站检查“未脱敏的身份证号、手机号、银行卡号（含附件）”";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var observations = new List<ComplianceObservation>();
        await foreach (var text in PublishedTexts.ReadAsync(db, context, cancellationToken))
        {
            var found = PersonalData.Find(text.Text);
            if (found.Count > 0)
            {
                var shown = string.Join("；", found.Take(5).Select(m => $"{m.Label} {m.Masked}"));
                observations.Add(new ComplianceObservation(text.OrganisationId, text.Subject, FindingSeverity.Deduction,
                    $"{text.Where}含 {found.Count} 处未脱敏个人信息：{shown}{(found.Count > 5 ? "……" : "")}。", InspectionScope.DocumentLink(text.DocumentId)));
            }
        }

        return observations;
    }
}
