using HueWorkspace.Domain.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HueWorkspace.Domain.Persistence.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("StoredFiles");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Area).HasMaxLength(StoredFile.AreaMaxLength);
        b.Property(f => f.FileName).HasMaxLength(FileCheck.MaxFileNameLength);
        b.Property(f => f.ContentType).HasMaxLength(StoredFile.ContentTypeMaxLength);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.UploadedByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.HasIndex(f => new { f.Area, f.RecordId });

        // The janitor asks "does any row still name this content?".
        b.HasIndex(f => f.Sha256);
    }
}
