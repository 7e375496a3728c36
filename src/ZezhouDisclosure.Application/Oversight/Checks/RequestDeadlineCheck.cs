using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.Requests;

namespace ZezhouDisclosure.Application.Oversight.Checks;

/// <summary>
/// 依申请公开 deadlines: open cases past their statutory reply date (a deduction) or due within
/// <see cref="InspectorSettings.RequestDueSoonWorkingDays"/> working days (a note), counted by the same deadline engine
/// and working-day calendar as the case pages (条例第三十三条: 20 working days, +20 with notice; checklist #16).
/// </summary>
public sealed class RequestDeadlineCheck(IAppDbContext db, ICurrentUser currentUser, TimeProvider time, InspectorSettings settings) : IComplianceCheck
{
    public string Code => "request.deadline";

    public string Name => "依申请公开超期或即将到期";

    public string Source => "《政府信息公开条例》第三十三条（20个工作日，延长不超过20个工作日）";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var rows = await new ListStaffRequestsHandler(db, currentUser, time).Handle(new ListStaffRequestsQuery(), cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var owners = await db.DisclosureRequests.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.OrganisationId, cancellationToken);
        var observations = new List<ComplianceObservation>();
        foreach (var row in rows.Where(r => r.Urgency != RequestUrgency.Paused && owners.ContainsKey(r.Id) && context.Covers(owners[r.Id])))
        {
            var link = $"/admin/disclosurerequests/details/{row.Id}";
            if (row.WorkingDaysLeft < 0)
            {
                observations.Add(new ComplianceObservation(owners[row.Id], $"case:{row.Id}:overdue", FindingSeverity.Deduction,
                    $"申请 {row.Number} 应于 {row.DueDate:yyyy-MM-dd} 前答复，已超期 {-row.WorkingDaysLeft} 个工作日。", link));
            }
            else if (row.WorkingDaysLeft <= settings.RequestDueSoonWorkingDays)
            {
                observations.Add(new ComplianceObservation(owners[row.Id], $"case:{row.Id}:due-soon", FindingSeverity.Notice,
                    $"申请 {row.Number} 应于 {row.DueDate:yyyy-MM-dd} 前答复，剩余 {row.WorkingDaysLeft} 个工作日。", link));
            }
        }

        return observations;
    }
}
