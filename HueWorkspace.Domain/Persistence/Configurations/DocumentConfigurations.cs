using HueWorkspace.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HueWorkspace.Domain.Persistence.Configurations;

internal sealed class IncomingDocumentConfiguration : IEntityTypeConfiguration<IncomingDocument>
{
    public void Configure(EntityTypeBuilder<IncomingDocument> b)
    {
        b.HasKey(d => d.Id);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Property(d => d.IssuerName).HasMaxLength(IncomingDocument.IssuerMaxLength);
        b.Property(d => d.NumberSymbol).HasMaxLength(IncomingDocument.NumberSymbolMaxLength);
        b.Property(d => d.Excerpt).HasMaxLength(IncomingDocument.ExcerptMaxLength);
        b.Property(d => d.Signer).HasMaxLength(IncomingDocument.SignerMaxLength);
        b.Property(d => d.IdentifierCode).HasMaxLength(IncomingDocument.IdentifierMaxLength);
        b.Property(d => d.Language).HasMaxLength(IncomingDocument.LanguageMaxLength).HasDefaultValue(IncomingDocument.DefaultLanguage);
        b.Property(d => d.Note).HasMaxLength(IncomingDocument.NoteMaxLength);
        b.Property(d => d.RegisteredByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(d => d.PresentedToName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(d => d.DirectedByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(d => d.DirectionText).HasMaxLength(IncomingDocument.ReasonMaxLength);
        b.Property(d => d.ReturnReason).HasMaxLength(IncomingDocument.ReasonMaxLength);
        b.Property(d => d.RecallReason).HasMaxLength(IncomingDocument.ReasonMaxLength);
        b.Property(d => d.DuplicateKey).HasMaxLength(IncomingDocument.IssuerMaxLength + IncomingDocument.NumberSymbolMaxLength + 20);
        b.Ignore(d => d.IsSecret);
        b.Ignore(d => d.IsUrgent);
        b.Ignore(d => d.ArrivalLabel);

        // The register: one number per unit and year, never twice (the numbering is also gapless by construction).
        b.HasIndex(d => new { d.UnitId, d.Year, d.ArrivalNumber }).IsUnique().IsDescending(false, true, true);
        b.HasIndex(d => d.DuplicateKey);
        b.HasIndex(d => d.SearchKey).IsUnique();
        // Lists walk these in SearchKey order (newest first) and stop at the page: a unit's documents, by state or not.
        b.HasIndex(d => new { d.UnitId, d.State, d.SearchKey });
        b.HasIndex(d => new { d.UnitId, d.SearchKey });
        // Arrival-date ranges (lists, and the dashboards' count by unit, read from the index alone — the confidentiality
        // included, as the dashboard counts the ordinary documents apart from the secret ones a person may read).
        b.HasIndex(d => new { d.ArrivalDate, d.UnitId, d.Confidentiality });
        b.HasIndex(d => d.PresentedToId);
        b.HasIndex(d => d.TaskId);
        b.HasIndex(d => d.OriginId);
        b.HasMany(d => d.Units).WithOne().HasForeignKey(u => u.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Readers).WithOne().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Units).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(d => d.Readers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class IncomingDocumentUnitConfiguration : IEntityTypeConfiguration<IncomingDocumentUnit>
{
    public void Configure(EntityTypeBuilder<IncomingDocumentUnit> b)
    {
        b.HasKey(u => new { u.DocumentId, u.UnitId });
        b.Property(u => u.UnitName).HasMaxLength(Organization.Unit.NameMaxLength);
        b.HasIndex(u => u.UnitId);
    }
}

internal sealed class IncomingDocumentReaderConfiguration : IEntityTypeConfiguration<IncomingDocumentReader>
{
    public void Configure(EntityTypeBuilder<IncomingDocumentReader> b)
    {
        b.HasKey(r => new { r.DocumentId, r.UserId });
        b.HasIndex(r => r.UserId);
    }
}

internal sealed class DocumentViewConfiguration : IEntityTypeConfiguration<DocumentView>
{
    public void Configure(EntityTypeBuilder<DocumentView> b)
    {
        b.HasKey(v => v.Id);
        b.Property(v => v.UserName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.HasIndex(v => new { v.DocumentId, v.AtUtc });
    }
}

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Area).HasMaxLength(40);
        b.Property(s => s.Name).HasMaxLength(SavedSearch.NameMaxLength);
        b.Property(s => s.Query).HasMaxLength(SavedSearch.QueryMaxLength);
        b.HasIndex(s => new { s.UserId, s.Area });
    }
}

internal sealed class OutgoingDocumentConfiguration : IEntityTypeConfiguration<OutgoingDocument>
{
    public void Configure(EntityTypeBuilder<OutgoingDocument> b)
    {
        b.HasKey(d => d.Id);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Property(d => d.Excerpt).HasMaxLength(OutgoingDocument.ExcerptMaxLength);
        b.Property(d => d.DrafterName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(d => d.SignerName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(d => d.Language).HasMaxLength(IncomingDocument.LanguageMaxLength).HasDefaultValue(IncomingDocument.DefaultLanguage);
        b.Property(d => d.Note).HasMaxLength(IncomingDocument.NoteMaxLength);
        b.Property(d => d.IssuedByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(d => d.RecalledByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(d => d.NumberSymbol).HasMaxLength(IncomingDocument.NumberSymbolMaxLength);
        b.Property(d => d.RecallReason).HasMaxLength(OutgoingDocument.TextMaxLength);
        b.Ignore(d => d.IsSecret);
        b.Ignore(d => d.Series);
        b.Ignore(d => d.CurrentRevision);

        // Art. 15: number + symbol unique within the year for the issuer (the numbering is also gapless by construction).
        b.HasIndex(d => new { d.IssuerUnitId, d.Year, d.NumberSymbol }).IsUnique();
        b.HasIndex(d => new { d.DraftingUnitId, d.State });
        b.HasIndex(d => new { d.ClerkUnitId, d.State });
        b.HasIndex(d => d.DrafterId);
        b.HasIndex(d => d.SignerId);
        b.HasIndex(d => d.IssueDate);
        b.HasIndex(d => d.FixesId);
        b.HasMany(d => d.Recipients).WithOne().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Steps).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Revisions).WithOne().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Recipients).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(d => d.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(d => d.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OutgoingRecipientConfiguration : IEntityTypeConfiguration<OutgoingRecipient>
{
    public void Configure(EntityTypeBuilder<OutgoingRecipient> b)
    {
        b.HasKey(r => r.Id);
        // Made by the aggregate with its key: a new row, never an update of an existing one.
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Name).HasMaxLength(OutgoingDocument.RecipientMaxLength);
        b.HasIndex(r => r.DocumentId);
        b.HasIndex(r => r.IncomingId);
    }
}

internal sealed class OutgoingStepConfiguration : IEntityTypeConfiguration<OutgoingStep>
{
    public void Configure(EntityTypeBuilder<OutgoingStep> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.ActorName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(s => s.Text).HasMaxLength(OutgoingDocument.TextMaxLength);
        b.HasIndex(s => new { s.DocumentId, s.AtUtc });
        b.HasIndex(s => s.ActorId);
    }
}

internal sealed class OutgoingRevisionConfiguration : IEntityTypeConfiguration<OutgoingRevision>
{
    public void Configure(EntityTypeBuilder<OutgoingRevision> b)
    {
        b.HasKey(r => new { r.DocumentId, r.Number });
        b.Property(r => r.Excerpt).HasMaxLength(OutgoingDocument.ExcerptMaxLength);
        b.Property(r => r.AuthorName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(r => r.Note).HasMaxLength(OutgoingDocument.TextMaxLength);
    }
}

internal sealed class SigningAuthorisationConfiguration : IEntityTypeConfiguration<SigningAuthorisation>
{
    public void Configure(EntityTypeBuilder<SigningAuthorisation> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Property(a => a.PrincipalName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(a => a.DelegateName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(a => a.Reference).HasMaxLength(SigningAuthorisation.ReferenceMaxLength);
        b.Property(a => a.Scope).HasMaxLength(SigningAuthorisation.ScopeMaxLength);
        b.Ignore(a => a.Capacity);
        b.HasIndex(a => new { a.UnitId, a.DelegateId });
        b.HasIndex(a => a.PrincipalId);
    }
}
