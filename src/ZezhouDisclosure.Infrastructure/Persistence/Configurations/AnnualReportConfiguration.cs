using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

/// <summary>年度报告: one row per unit, year and edition (更正 adds an edition); published and superseded editions are public.</summary>
public sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>, IOrganisationScopePublicRows<AnnualReport>
{
    /// <summary>Room for the stored tables (25 rows × 7 counts of up to 7 digits).</summary>
    public const int TableDataLength = 2000;

    Expression<Func<AppDbContext, AnnualReport, bool>> IOrganisationScopePublicRows<AnnualReport>.PublicRows =>
        (_, r) => r.Status == AnnualReportStatus.Published || r.Status == AnnualReportStatus.Superseded;

    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.HasIndex(r => new { r.OrganisationId, r.Year, r.Edition }).IsUnique();
        builder.Property(r => r.CorrectionNote).HasMaxLength(DataLimits.Reason);
        builder.Property(r => r.OverviewProactive).HasMaxLength(DataLimits.Description);
        builder.Property(r => r.OverviewRequests).HasMaxLength(DataLimits.Description);
        builder.Property(r => r.OverviewManagement).HasMaxLength(DataLimits.Description);
        builder.Property(r => r.OverviewPlatform).HasMaxLength(DataLimits.Description);
        builder.Property(r => r.OverviewSupervision).HasMaxLength(DataLimits.Description);
        builder.Property(r => r.Problems).HasMaxLength(DataLimits.Description);
        builder.Property(r => r.OtherMatters).HasMaxLength(DataLimits.Description);
        builder.Property(r => r.Table3Explanation).HasMaxLength(DataLimits.Reason);
        builder.Property(r => r.ProcessingFees).HasPrecision(12, 2);
        builder.Property(r => r.Table2Data).HasMaxLength(TableDataLength).IsRequired();
        builder.Property(r => r.Table3Data).HasMaxLength(TableDataLength).IsRequired();
        builder.Property(r => r.Table4Data).HasMaxLength(TableDataLength).IsRequired();
        builder.Property(r => r.SubmittedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.UnitApprovedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.PublishedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.ReturnComment).HasMaxLength(DataLimits.Reason);
        builder.Property(r => r.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Table2);
        builder.Ignore(r => r.Table3);
        builder.Ignore(r => r.Table4);
        builder.Ignore(r => r.Text);
        builder.Ignore(r => r.IsPublic);
        builder.Ignore(r => r.CanEdit);
        builder.Ignore(r => r.CanSignOffInUnit);
        builder.Ignore(r => r.CanReview);
        builder.Ignore(r => r.CanCorrect);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AnnualReport>().WithMany().HasForeignKey(r => r.CorrectsReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AnnualReport>().WithMany().HasForeignKey(r => r.SupersededByReportId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>行政复议/行政诉讼 cases about disclosure (table 四's register): organisation-owned, never public row by row.</summary>
public sealed class AppealCaseConfiguration : IEntityTypeConfiguration<AppealCase>
{
    public void Configure(EntityTypeBuilder<AppealCase> builder)
    {
        builder.Property(c => c.CaseNumber).HasMaxLength(DataLimits.DocumentNumber);
        builder.Property(c => c.Summary).HasMaxLength(DataLimits.Reason);
        builder.Property(c => c.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DisclosureRequest>().WithMany().HasForeignKey(c => c.DisclosureRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganisationId, c.FiledOn });
    }
}
