using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

/// <summary>The 舆情 register is the county office's (not organisation-owned): reachable only with its permission.</summary>
public sealed class SentimentCaseConfiguration : IEntityTypeConfiguration<SentimentCase>
{
    public void Configure(EntityTypeBuilder<SentimentCase> builder)
    {
        builder.Property(c => c.Topic).HasMaxLength(DataLimits.Title).IsRequired();
        builder.Property(c => c.Source).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(c => c.Link).HasMaxLength(DataLimits.Summary);
        builder.Property(c => c.LiaisonName).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(c => c.HandlerName).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(c => c.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsClosed);
        builder.Ignore(c => c.LeadOrganisationId);
        builder.Ignore(c => c.ResponseClock);
        builder.Ignore(c => c.VerificationClock);
        builder.Ignore(c => c.RunningClocks);
        builder.HasMany(c => c.Entries).WithOne().HasForeignKey(e => e.SentimentCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Units).WithOne().HasForeignKey(u => u.SentimentCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Units).HasField("_units").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(c => new { c.Status, c.FirstSeenAt });
    }
}

public sealed class SentimentEntryConfiguration : IEntityTypeConfiguration<SentimentEntry>
{
    public void Configure(EntityTypeBuilder<SentimentEntry> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(DataLimits.Reason).IsRequired();
        builder.Property(e => e.By).HasMaxLength(DataLimits.UserName).IsRequired();
        builder.Property(e => e.Reference).HasMaxLength(DataLimits.Summary);
    }
}

public sealed class SentimentCaseUnitConfiguration : IEntityTypeConfiguration<SentimentCaseUnit>
{
    public void Configure(EntityTypeBuilder<SentimentCaseUnit> builder)
    {
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.SentimentCaseId, u.OrganisationId }).IsUnique();
    }
}
