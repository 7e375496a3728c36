using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.NewMedia;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class NewMediaAccountConfiguration : IEntityTypeConfiguration<NewMediaAccount>, IOrganisationScopePublicRows<NewMediaAccount>
{
    /// <summary>The registry is public (the 政务新媒体矩阵 lists every account, closed ones with their notice).</summary>
    Expression<Func<AppDbContext, NewMediaAccount, bool>> IOrganisationScopePublicRows<NewMediaAccount>.PublicRows =>
        (db, a) => true;

    public void Configure(EntityTypeBuilder<NewMediaAccount> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(a => a.AccountId).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(a => a.ResponsiblePerson).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(a => a.Approval).HasMaxLength(DataLimits.Name);
        builder.Property(a => a.Applicant).HasMaxLength(DataLimits.ShortText);
        builder.Property(a => a.Operator).HasMaxLength(DataLimits.ShortText);
        builder.Property(a => a.ClosureNotice).HasMaxLength(DataLimits.Reason);
        builder.Property(a => a.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(a => a.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.Platform, a.AccountId }).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.Platform });
    }
}

public sealed class NewMediaCheckConfiguration : IEntityTypeConfiguration<NewMediaCheck>
{
    public void Configure(EntityTypeBuilder<NewMediaCheck> builder)
    {
        builder.Property(c => c.Problems).HasMaxLength(DataLimits.Reason);
        builder.Property(c => c.Rectification).HasMaxLength(DataLimits.Reason);
        builder.Property(c => c.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<NewMediaAccount>().WithMany().HasForeignKey(c => c.NewMediaAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.NewMediaAccountId, c.Month }).IsUnique();
    }
}
