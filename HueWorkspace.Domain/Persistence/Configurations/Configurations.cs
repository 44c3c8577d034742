using HueWorkspace.Domain.Announcements;
using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.SignIn;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HueWorkspace.Domain.Persistence.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.HasKey(u => u.Id);
        b.Property(u => u.Code).HasMaxLength(Unit.CodeMaxLength);
        b.Property(u => u.AgencyCode).HasMaxLength(Unit.AgencyCodeMaxLength);
        b.HasIndex(u => u.Code).IsUnique();
        b.Property(u => u.Name).HasMaxLength(Unit.NameMaxLength);
        b.Property(u => u.SearchText).HasMaxLength(Unit.NameMaxLength + Unit.CodeMaxLength + 1);
        b.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(u => u.Version).IsConcurrencyToken();
    }
}

internal sealed class UserProfileConfiguration : IEntityTypeConfiguration<UserProfile>
{
    public void Configure(EntityTypeBuilder<UserProfile> b)
    {
        b.HasKey(u => u.Id);
        b.Property(u => u.Subject).HasMaxLength(UserProfile.SubjectMaxLength);
        b.HasIndex(u => u.Subject).IsUnique();
        b.Property(u => u.FullName).HasMaxLength(UserProfile.NameMaxLength);
        b.Property(u => u.Position).HasMaxLength(UserProfile.PositionMaxLength);
        b.Property(u => u.Email).HasMaxLength(UserProfile.EmailMaxLength);
        b.Property(u => u.UserName).HasMaxLength(UserProfile.UserNameMaxLength);
        b.Property(u => u.SearchText).HasMaxLength(UserProfile.NameMaxLength + UserProfile.EmailMaxLength + UserProfile.UserNameMaxLength + 2);
        b.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(u => u.UnitId);
        b.PrimitiveCollection<List<Role>>("_roles").HasColumnName("Roles").ElementType().HasConversion<string>();
        b.Ignore(u => u.Roles);
        b.Property(u => u.Version).IsConcurrencyToken();
    }
}

internal sealed class DocumentCounterConfiguration : IEntityTypeConfiguration<DocumentCounter>
{
    public void Configure(EntityTypeBuilder<DocumentCounter> b)
    {
        b.HasKey(c => new { c.UnitId, c.Year, c.Series });
        b.Property(c => c.Series).HasMaxLength(20);
    }
}

internal sealed class ChangeStampConfiguration : IEntityTypeConfiguration<ChangeStamp>
{
    public void Configure(EntityTypeBuilder<ChangeStamp> b)
    {
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(ChangeStamp.KeyMaxLength);

        // The rows exist from the first migration on, so moving a stamp is always an UPDATE of one row.
        b.HasData(ChangeStamp.Initial.Select(s => new { s.Key, s.Value }));
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.HasKey(d => d.Date);
        b.Property(d => d.Name).HasMaxLength(CalendarDay.NameMaxLength);
        b.Property(d => d.Version).IsConcurrencyToken();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.HasKey(n => n.Id);
        b.Property(n => n.Kind).HasMaxLength(Notification.KindMaxLength);
        b.Property(n => n.TitleKey).HasMaxLength(Notification.TitleKeyMaxLength);
        b.Ignore(n => n.Title);
        b.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        b.HasOne<UserProfile>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.RecipientId, n.ReadAtUtc });
        b.HasIndex(n => new { n.RecipientId, n.CreatedAtUtc });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.ActorName).HasMaxLength(AuditEntry.ActorNameMaxLength);
        b.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        b.Property(e => e.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength);
        b.Property(e => e.EntityId).HasMaxLength(AuditEntry.EntityIdMaxLength);
        b.HasIndex(e => e.AtUtc);
        b.HasIndex(e => new { e.EntityType, e.EntityId });
        b.Property(e => e.AggregateType).HasMaxLength(AuditEntry.EntityTypeMaxLength);
        b.Property(e => e.AggregateId).HasMaxLength(AuditEntry.EntityIdMaxLength);
        b.Property(e => e.AggregateLabel).HasMaxLength(AuditEntry.LabelMaxLength);
        b.Property(e => e.AggregateSearch).HasMaxLength(AuditEntry.LabelMaxLength);
        b.HasIndex(e => new { e.AggregateType, e.AggregateId, e.AtUtc });
    }
}

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Title).HasMaxLength(Announcement.TitleMaxLength);
        b.Property(a => a.Body).HasMaxLength(Announcement.BodyMaxLength);
        b.Property(a => a.SenderName).HasMaxLength(UserProfile.NameMaxLength);
        b.Property(a => a.SearchText).HasMaxLength(Announcement.TitleMaxLength + UserProfile.NameMaxLength + 1);
        b.HasOne<UserProfile>().WithMany().HasForeignKey(a => a.SenderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(a => a.TargetUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.SentAtUtc);
        b.HasMany(a => a.Recipients).WithOne().HasForeignKey(r => r.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Recipients).HasField("_recipients");
    }
}

internal sealed class AnnouncementRecipientConfiguration : IEntityTypeConfiguration<AnnouncementRecipient>
{
    public void Configure(EntityTypeBuilder<AnnouncementRecipient> b)
    {
        b.HasKey(r => new { r.AnnouncementId, r.UserId });
        b.HasOne<UserProfile>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.UserId);
    }
}

internal sealed class BuiltInAccountConfiguration : IEntityTypeConfiguration<BuiltInAccount>
{
    public void Configure(EntityTypeBuilder<BuiltInAccount> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.UserName).HasMaxLength(BuiltInAccount.UserNameMaxLength);
        b.HasIndex(a => a.UserName).IsUnique();
        b.Property(a => a.Subject).HasMaxLength(UserProfile.SubjectMaxLength);
        b.HasIndex(a => a.Subject).IsUnique();
        b.Property(a => a.FullName).HasMaxLength(UserProfile.NameMaxLength);
        b.Property(a => a.Email).HasMaxLength(UserProfile.EmailMaxLength);
        b.Property(a => a.PasswordHash).HasMaxLength(400);
    }
}

internal sealed class SignInAttemptConfiguration : IEntityTypeConfiguration<SignInAttempt>
{
    public void Configure(EntityTypeBuilder<SignInAttempt> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.UserName).HasMaxLength(BuiltInAccount.UserNameMaxLength);
        b.Property(a => a.Address).HasMaxLength(SignInAttempt.AddressMaxLength);

        // The throttle's two questions: this name's recent attempts, this address's recent attempts.
        b.HasIndex(a => new { a.UserName, a.AtUtc });
        b.HasIndex(a => new { a.Address, a.AtUtc });
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Subject).HasMaxLength(UserProfile.SubjectMaxLength);
        b.HasIndex(s => s.Subject);
    }
}

internal sealed class ProviderKeyConfiguration : IEntityTypeConfiguration<ProviderKey>
{
    public void Configure(EntityTypeBuilder<ProviderKey> b)
    {
        b.HasKey(k => k.Name);
        b.Property(k => k.Name).HasMaxLength(40);
        b.Property(k => k.Value).HasMaxLength(4000);
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<Cluster.JobLease>
{
    public void Configure(EntityTypeBuilder<Cluster.JobLease> b)
    {
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(60);
        b.Property(l => l.Holder).HasMaxLength(160);
    }
}

internal sealed class WeeklySummaryConfiguration : IEntityTypeConfiguration<Dashboards.WeeklySummary>
{
    public void Configure(EntityTypeBuilder<Dashboards.WeeklySummary> b) => b.HasKey(s => s.WeekStart);
}
