using HueWorkspace.Domain.Datasets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HueWorkspace.Domain.Persistence.Configurations;

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> b)
    {
        b.HasKey(d => d.Id);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Property(d => d.Name).HasMaxLength(Dataset.NameMaxLength);
        b.Property(d => d.NormalizedName).HasMaxLength(Dataset.NameMaxLength);
        b.Property(d => d.Description).HasMaxLength(Dataset.DescriptionMaxLength);
        b.Property(d => d.PlatformIdentifier).HasMaxLength(Dataset.ShortMaxLength);
        b.Property(d => d.ResponsiblePerson).HasMaxLength(Dataset.ShortMaxLength);
        b.Property(d => d.Fee).HasMaxLength(Dataset.ShortMaxLength);
        b.Property(d => d.FocalOfficerName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(d => d.CreatedByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(d => d.DuplicateJustification).HasMaxLength(Dataset.DescriptionMaxLength);
        b.Property(d => d.NotCertifiedReasons).HasMaxLength(Dataset.DescriptionMaxLength * 2);
        b.Property(d => d.CertificateNumber).HasMaxLength(40);
        b.Ignore(d => d.HasPersonalData);
        b.Ignore(d => d.MayBePublished);
        b.HasIndex(d => new { d.OwnerUnitId, d.NormalizedName });
        b.HasIndex(d => d.State);
        b.HasIndex(d => d.CertificateNumber).IsUnique();
        b.HasMany(d => d.Fields).WithOne().HasForeignKey(f => f.DatasetId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.CodeLists).WithOne().HasForeignKey(c => c.DatasetId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Fields).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(d => d.CodeLists).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DatasetFieldConfiguration : IEntityTypeConfiguration<DatasetField>
{
    public void Configure(EntityTypeBuilder<DatasetField> b)
    {
        b.HasKey(f => new { f.DatasetId, f.Position });
        b.Property(f => f.Name).HasMaxLength(Dataset.ShortMaxLength);
        b.Property(f => f.Description).HasMaxLength(Dataset.ShortMaxLength * 2);
    }
}

internal sealed class DatasetCodeListConfiguration : IEntityTypeConfiguration<DatasetCodeList>
{
    public void Configure(EntityTypeBuilder<DatasetCodeList> b)
    {
        b.HasKey(c => new { c.DatasetId, c.CodeListId });
        b.HasOne<CodeList>().WithMany().HasForeignKey(c => c.CodeListId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CodeListConfiguration : IEntityTypeConfiguration<CodeList>
{
    public void Configure(EntityTypeBuilder<CodeList> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Code).HasMaxLength(CodeList.CodeMaxLength);
        b.Property(c => c.Name).HasMaxLength(Dataset.NameMaxLength);
        b.HasIndex(c => c.Code).IsUnique();
    }
}

internal sealed class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Property(c => c.DatasetName).HasMaxLength(Dataset.NameMaxLength);
        b.Property(c => c.OpenedByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(c => c.ClosedByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(c => c.OutcomeReasons).HasMaxLength(Dataset.DescriptionMaxLength * 2);
        b.Ignore(c => c.Chair);
        b.HasIndex(c => c.DatasetId);
        b.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(EntityTypeBuilder<CouncilMember> b)
    {
        b.HasKey(m => new { m.CouncilId, m.UserId });
        b.Property(m => m.Name).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(m => m.UnitName).HasMaxLength(Organization.Unit.NameMaxLength);
        b.HasIndex(m => m.UserId);
    }
}

internal sealed class CouncilCheckConfiguration : IEntityTypeConfiguration<CouncilCheck>
{
    public void Configure(EntityTypeBuilder<CouncilCheck> b)
    {
        b.HasKey(c => new { c.CouncilId, c.UserId, c.Criterion });
        b.Property(c => c.Note).HasMaxLength(Council.NoteMaxLength);
        b.HasOne<Council>().WithMany().HasForeignKey(c => c.CouncilId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CouncilVoteConfiguration : IEntityTypeConfiguration<CouncilVote>
{
    public void Configure(EntityTypeBuilder<CouncilVote> b)
    {
        // One vote per member: the key.
        b.HasKey(v => new { v.CouncilId, v.UserId });
        b.Property(v => v.Reason).HasMaxLength(Council.NoteMaxLength);
        b.HasOne<Council>().WithMany().HasForeignKey(v => v.CouncilId).OnDelete(DeleteBehavior.Cascade);
    }
}
