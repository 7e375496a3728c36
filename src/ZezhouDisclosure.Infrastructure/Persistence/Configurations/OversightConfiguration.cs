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

/// <summary>
/// Stored 月度自查报告: not organisation-owned (the county's report has no unit), so not scoped by the convention; the
/// handlers keep a unit's staff to their own units' reports. One row per edition; the snapshot is unbounded text.
/// </summary>
public sealed class StoredSelfCheckReportConfiguration : IEntityTypeConfiguration<StoredSelfCheckReport>
{
    public void Configure(EntityTypeBuilder<StoredSelfCheckReport> builder)
    {
        builder.Property(r => r.UnitName).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(r => r.Snapshot).IsRequired();
        builder.Property(r => r.GeneratedBy).HasMaxLength(DataLimits.UserName).IsRequired();
        builder.Property(r => r.SupersededBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.Reason).HasMaxLength(StoredSelfCheckReport.ReasonLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsCurrent);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Year, r.Month, r.OrganisationId, r.Edition }).IsUnique();
        // The county's reports have no unit, and NULLs never collide in a unique index (SQL Server's index above is even
        // filtered to units): a partial index keeps two nodes from both storing the county's report of a month. The
        // quoted name works in all three providers (SQL Server creates filtered indexes only with QUOTED_IDENTIFIER ON).
        builder.HasIndex(r => new { r.Year, r.Month, r.Edition }, "IX_StoredSelfCheckReports_County").IsUnique().HasFilter("\"OrganisationId\" IS NULL");
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

/// <summary>年度考核: the county office's (not organisation-owned); one row per version, children cascade.</summary>
public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.Reason).HasMaxLength(Assessment.NoteLength);
        builder.Property(a => a.ApprovedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(a => a.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(a => a.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsFrozen);
        builder.Ignore(a => a.TotalWeight);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(a => a.PreviousId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Indicators).WithOne().HasForeignKey(i => i.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Indicators).HasField("_indicators").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.ManualValues).WithOne().HasForeignKey(v => v.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.ManualValues).HasField("_manualValues").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Scores).HasField("_scores").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(a => new { a.Year, a.Number }).IsUnique();
    }
}

public sealed class AssessmentIndicatorConfiguration : IEntityTypeConfiguration<AssessmentIndicator>
{
    public void Configure(EntityTypeBuilder<AssessmentIndicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(AssessmentIndicator.CodeLength).IsRequired();
        builder.Property(i => i.Name).HasMaxLength(AssessmentIndicator.NameLength).IsRequired();
        builder.Property(i => i.CheckCodes).HasMaxLength(AssessmentIndicator.CheckCodesLength);
        builder.Property(i => i.Weight).HasPrecision(9, 2);
        builder.Property(i => i.PointsPerItem).HasPrecision(9, 2);
        builder.Property(i => i.Cap).HasPrecision(9, 2);
        builder.Ignore(i => i.CheckCodeList);
    }
}

public sealed class AssessmentManualValueConfiguration : IEntityTypeConfiguration<AssessmentManualValue>
{
    public void Configure(EntityTypeBuilder<AssessmentManualValue> builder)
    {
        builder.Property(v => v.IndicatorCode).HasMaxLength(AssessmentIndicator.CodeLength).IsRequired();
        builder.Property(v => v.Note).HasMaxLength(Assessment.NoteLength).IsRequired();
        builder.Property(v => v.Value).HasPrecision(9, 2);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AssessmentScoreConfiguration : IEntityTypeConfiguration<AssessmentScore>
{
    public void Configure(EntityTypeBuilder<AssessmentScore> builder)
    {
        builder.Property(s => s.IndicatorCode).HasMaxLength(AssessmentIndicator.CodeLength).IsRequired();
        builder.Property(s => s.UnitName).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(s => s.Note).HasMaxLength(Assessment.NoteLength);
        builder.Property(s => s.Counted).HasPrecision(9, 2);
        builder.Property(s => s.Total).HasPrecision(9, 2);
        builder.Property(s => s.Points).HasPrecision(9, 2);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
