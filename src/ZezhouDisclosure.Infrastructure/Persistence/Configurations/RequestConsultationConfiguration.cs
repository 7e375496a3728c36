using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class RequestConsultationConfiguration : IEntityTypeConfiguration<RequestConsultation>
{
    public void Configure(EntityTypeBuilder<RequestConsultation> builder)
    {
        builder.Property(c => c.Party).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(c => c.Opinion).HasMaxLength(DataLimits.Reason);
    }
}
