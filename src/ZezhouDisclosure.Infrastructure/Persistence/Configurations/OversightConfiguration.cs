using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

/// <summary>
/// 监测 findings: not organisation-owned (a finding of the whole site has no unit), so not scoped by the convention;
/// the handlers that list them keep a clerk to the units in their scope explicitly.
/// </summary>
public sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.Property(f => f.CheckCode).HasMaxLength(Finding.CodeLength).IsRequired();
        builder.Property(f => f.Subject).HasMaxLength(Finding.SubjectLength).IsRequired();
        builder.Property(f => f.RuleName).HasMaxLength(Finding.RuleNameLength).IsRequired();
        builder.Property(f => f.Evidence).HasMaxLength(Finding.EvidenceLength).IsRequired();
        builder.Property(f => f.Link).HasMaxLength(Finding.LinkLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.CheckCode, f.OrganisationId, f.Subject });
        builder.HasIndex(f => new { f.OrganisationId, f.ClosedAt });
    }
}

public sealed class InspectionRunConfiguration : IEntityTypeConfiguration<InspectionRun>
{
    public void Configure(EntityTypeBuilder<InspectionRun> builder)
    {
        builder.Property(r => r.StartedBy).HasMaxLength(DataLimits.UserName).IsRequired();
        builder.Property(r => r.FailedChecks).HasMaxLength(1000);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.StartedAt);
    }
}

/// <summary>整改: organisation-owned (scoped by convention: a clerk sees and writes only their unit's).</summary>
public sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> builder)
    {
        builder.Property(r => r.Notice).HasMaxLength(DataLimits.Reason).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(DataLimits.Reason);
        builder.Property(r => r.NotifiedBy).HasMaxLength(DataLimits.UserName).IsRequired();
        builder.Property(r => r.DoneBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Finding>().WithMany().HasForeignKey(r => r.FindingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.FindingId);
        builder.HasIndex(r => new { r.OrganisationId, r.Status });
    }
}

/// <summary>“不涉及” marks: organisation-owned (scoped by convention); one per unit and column.</summary>
public sealed class NotApplicableMarkConfiguration : IEntityTypeConfiguration<NotApplicableMark>
{
    public void Configure(EntityTypeBuilder<NotApplicableMark> builder)
    {
        builder.Property(m => m.Reason).HasMaxLength(DataLimits.Reason).IsRequired();
        builder.Property(m => m.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(m => m.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Column>().WithMany().HasForeignKey(m => m.ColumnId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OrganisationId, m.ColumnId }).IsUnique();
    }
}
