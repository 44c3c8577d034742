using HueWorkspace.Domain.DataRequests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HueWorkspace.Domain.Persistence.Configurations;

internal sealed class DataRequestConfiguration : IEntityTypeConfiguration<DataRequest>
{
    public void Configure(EntityTypeBuilder<DataRequest> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Property(r => r.Number).HasMaxLength(20);
        b.Property(r => r.RequesterName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(r => r.ContactName).HasMaxLength(DataRequest.ShortMaxLength);
        b.Property(r => r.ContactDetails).HasMaxLength(DataRequest.ShortMaxLength);
        b.Property(r => r.DatasetName).HasMaxLength((Datasets.Dataset.NameMaxLength + 2) * DataRequest.MaxDatasets);
        b.PrimitiveCollection(r => r.DatasetIds);
        b.Property(r => r.PlaceOfUse).HasMaxLength(DataRequest.ShortMaxLength);
        foreach (var text in new[] { nameof(DataRequest.UncataloguedDescription), nameof(DataRequest.DataItems), nameof(DataRequest.Purpose), nameof(DataRequest.LegalBasis),
                     nameof(DataRequest.Processing), nameof(DataRequest.Conditions), nameof(DataRequest.Security), nameof(DataRequest.Storage), nameof(DataRequest.Deletion),
                     nameof(DataRequest.RefusalReason) })
        {
            b.Property(text).HasMaxLength(DataRequest.TextMaxLength);
        }

        b.Ignore(r => r.IsPaused);
        b.HasIndex(r => r.Number).IsUnique();
        // The steward's queue (by owner and state, due first) and the requester's list.
        b.HasIndex(r => new { r.OwnerUnitId, r.State, r.DueOn });
        b.HasIndex(r => new { r.RequesterUnitId, r.CreatedAtUtc });
        b.HasIndex(r => new { r.SubmittedAtUtc, r.OwnerUnitId });
        b.HasIndex(r => r.AnsweredAtUtc);
        b.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Errors).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Onward).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Errors).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Onward).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DataRequestEventConfiguration : IEntityTypeConfiguration<DataRequestEvent>
{
    public void Configure(EntityTypeBuilder<DataRequestEvent> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.ActorName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(e => e.Text).HasMaxLength(DataRequest.TextMaxLength + 300);
        b.HasIndex(e => new { e.RequestId, e.AtUtc });
    }
}

internal sealed class DataAccessTokenConfiguration : IEntityTypeConfiguration<DataAccessToken>
{
    public void Configure(EntityTypeBuilder<DataAccessToken> b)
    {
        b.HasKey(t => t.Id);
        b.Property(t => t.Hash).HasMaxLength(64);
        b.Property(t => t.Prefix).HasMaxLength(16);
        b.HasIndex(t => t.Hash).IsUnique();
        b.HasIndex(t => t.RequestId);
    }
}

internal sealed class SharingLogEntryConfiguration : IEntityTypeConfiguration<SharingLogEntry>
{
    public void Configure(EntityTypeBuilder<SharingLogEntry> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.RequesterName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(e => e.What).HasMaxLength(SharingLogEntry.WhatMaxLength);
        b.Property(e => e.RequestNumber).HasMaxLength(20);
        b.Property(e => e.PersonName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.HasIndex(e => e.AtUtc);
        b.HasIndex(e => new { e.DatasetId, e.AtUtc });
        b.HasIndex(e => new { e.RequesterUnitId, e.AtUtc });
        b.HasIndex(e => new { e.OwnerUnitId, e.AtUtc });
        b.HasIndex(e => new { e.RequestId, e.AtUtc });
        b.HasIndex(e => new { e.OwnerUnitId, e.AtUtc });
    }
}

internal sealed class DataErrorReportConfiguration : IEntityTypeConfiguration<DataErrorReport>
{
    public void Configure(EntityTypeBuilder<DataErrorReport> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Text).HasMaxLength(DataRequest.TextMaxLength);
        b.Property(e => e.Resolution).HasMaxLength(DataRequest.TextMaxLength);
        b.Property(e => e.ReportedByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(e => e.ResolvedByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Ignore(e => e.IsOpen);
        b.HasIndex(e => e.RequestId);
    }
}

internal sealed class OnwardShareConfiguration : IEntityTypeConfiguration<OnwardShare>
{
    public void Configure(EntityTypeBuilder<OnwardShare> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Party).HasMaxLength(DataRequest.ShortMaxLength);
        b.Property(e => e.Purpose).HasMaxLength(DataRequest.TextMaxLength);
        b.Property(e => e.RequestedByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(e => e.OwnerByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(e => e.AuthorityByName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Ignore(e => e.Allowed);
        b.HasIndex(e => e.RequestId);
    }
}
