using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class RequestConsultationConfiguration
    : IEntityTypeConfiguration<RequestConsultation>, IOrganisationScopeFollowsParent<RequestConsultation>
{
    /// <summary>A consultation (征求意见) is seen with its application, by that application's organisation scope.</summary>
    Expression<Func<AppDbContext, RequestConsultation, IQueryable<int>>> IOrganisationScopeFollowsParent<RequestConsultation>.ParentOrganisation =>
        (db, c) => db.Set<DisclosureRequest>().Where(r => r.Id == c.DisclosureRequestId).Select(r => r.OrganisationId);

    public void Configure(EntityTypeBuilder<RequestConsultation> builder)
    {
        builder.Property(c => c.Party).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(c => c.Opinion).HasMaxLength(DataLimits.Reason);
    }
}
