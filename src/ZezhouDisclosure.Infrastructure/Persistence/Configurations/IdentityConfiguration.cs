using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Infrastructure.Identity;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(50).IsRequired();
        builder.Property(u => u.PasswordHash).HasMaxLength(512);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.Property(u => u.ConcurrencyStamp).HasMaxLength(64);
        builder.Property(u => u.PhoneNumber).HasMaxLength(32);
    }
}

public sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(StaffSession.IdLength);
        builder.Property(s => s.UserId).HasMaxLength(450).IsRequired();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
    }
}

public sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.Property(k => k.FriendlyName).HasMaxLength(200);
        builder.Property(k => k.Xml).HasMaxLength(8000);
    }
}

/// <summary>Bounds on Identity's own string columns so every provider can index them (no unbounded strings).</summary>
public sealed class IdentityTablesConfiguration :
    IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityRole>,
    IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>,
    IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>>,
    IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>,
    IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityRole> builder) =>
        builder.Property(r => r.ConcurrencyStamp).HasMaxLength(64);

    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>> builder)
    {
        builder.Property(c => c.ClaimType).HasMaxLength(256);
        builder.Property(c => c.ClaimValue).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>> builder)
    {
        builder.Property(c => c.ClaimType).HasMaxLength(256);
        builder.Property(c => c.ClaimValue).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>> builder)
    {
        builder.Property(l => l.LoginProvider).HasMaxLength(128);
        builder.Property(l => l.ProviderKey).HasMaxLength(128);
        builder.Property(l => l.ProviderDisplayName).HasMaxLength(256);
    }

    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityUserToken<string>> builder)
    {
        builder.Property(t => t.LoginProvider).HasMaxLength(128);
        builder.Property(t => t.Name).HasMaxLength(128);
        builder.Property(t => t.Value).HasMaxLength(1000);
    }
}
