using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// A clerk records that their 解读 (a document in the 政策解读 column) explains a policy document: one of their own
/// organisation's, or any published one. The link shows on both public pages.
/// </summary>
public sealed record LinkInterpretationCommand(int InterpretationId, int PolicyId) : ICommand;

public sealed class LinkInterpretationHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<LinkInterpretationCommand>
{
    public async ValueTask<Unit> Handle(LinkInterpretationCommand command, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var interpretation = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.InterpretationId, cancellationToken) ?? throw new NotFoundException();
        if (interpretation.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能为本单位的解读关联政策文件。");
        }

        var policy = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.PolicyId, cancellationToken)
            ?? throw new NotFoundException("要关联的政策文件不存在。");
        var columns = await db.Columns.Where(c => c.Id == interpretation.ColumnId || c.Id == policy.ColumnId).Select(c => new { c.Id, c.Kind }).ToListAsync(cancellationToken);
        if (columns.First(c => c.Id == interpretation.ColumnId).Kind != ColumnKind.PolicyInterpretations)
        {
            throw new ConflictException("只有发布在“政策解读”栏目的信息可以作为解读。");
        }

        // A policy by type (政策性文件 / 行政规范性文件) wherever it is filed, or anything filed under 政策文件.
        if (!policy.IsPolicyType && columns.First(c => c.Id == policy.ColumnId).Kind != ColumnKind.PolicyDocuments)
        {
            throw new ConflictException("只能关联“政策文件”栏目的文件，或标为政策性文件、行政规范性文件的信息。");
        }

        if (policy.OrganisationId != organisationId && policy.Status != DocumentStatus.Published)
        {
            throw new ForbiddenException("只能关联本单位的政策文件或已发布的政策文件。");
        }

        if (!await db.InterpretationLinks.AnyAsync(l => l.PolicyId == policy.Id && l.InterpretationId == interpretation.Id, cancellationToken))
        {
            db.InterpretationLinks.Add(new InterpretationLink(policy.Id, interpretation.Id));
            db.Audit(DocumentAuditActions.LinkInterpretation, interpretation, $"《{interpretation.Title}》解读《{policy.Title}》");
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
