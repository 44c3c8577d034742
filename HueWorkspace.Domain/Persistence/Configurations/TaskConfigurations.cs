using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HueWorkspace.Domain.Persistence.Configurations;

internal sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> b)
    {
        b.ToTable("Tasks");
        b.HasKey(t => t.Id);
        b.Property(t => t.Title).HasMaxLength(WorkTask.TitleMaxLength);
        b.Property(t => t.Description).HasMaxLength(WorkTask.DescriptionMaxLength);
        b.Property(t => t.SourceReference).HasMaxLength(WorkTask.SourceReferenceMaxLength);
        b.Property(t => t.AssignerName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(t => t.LeadUnitName).HasMaxLength(Organization.Unit.NameMaxLength);
        b.Property(t => t.LeadHandlerName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(t => t.StateReason).HasMaxLength(WorkTask.ReasonMaxLength);
        b.Property(t => t.ExtensionReason).HasMaxLength(WorkTask.ReasonMaxLength);
        b.Property(t => t.SearchText).HasMaxLength(4000);

        // Stored as a number so that "most urgent first" sorts in the database.
        b.Property(t => t.Priority).HasConversion<int>();
        b.HasOne<WorkTask>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Units).WithOne().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Events).WithOne().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(t => t.Units).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(t => t.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(t => t.Lead);
        b.HasIndex(t => new { t.DueDate, t.Id });
        b.HasIndex(t => new { t.IsClosed, t.DueDate, t.Id });
        b.HasIndex(t => new { t.AssignerId, t.DueDate });
        b.HasIndex(t => new { t.State, t.IsClosed, t.DueDate, t.Id });
        b.HasIndex(t => t.ParentId);

        // The dashboards (Art. 18) count tasks given and completed in a period by lead unit: read from the index alone.
        b.HasIndex(t => new { t.CreatedAtUtc, t.LeadUnitId });
        b.HasIndex(t => new { t.CompletedAtUtc, t.State, t.LeadUnitId, t.CompletedLate });
        // What is overdue today, by lead unit, and which of it came from a document's direction: from the index alone.
        b.HasIndex(t => new { t.IsClosed, t.DueDate, t.State, t.LeadUnitId, t.Source, t.SourceId });
        b.Property(t => t.Version).IsConcurrencyToken();
    }
}

internal sealed class TaskUnitConfiguration : IEntityTypeConfiguration<TaskUnit>
{
    public void Configure(EntityTypeBuilder<TaskUnit> b)
    {
        b.HasKey(u => u.Id);

        // Ids are made by the aggregate, so a new row reached through the task's collection is an insert.
        b.Property(u => u.Id).ValueGeneratedNever();
        b.Property(u => u.UnitName).HasMaxLength(Organization.Unit.NameMaxLength);
        b.Property(u => u.HandlerName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.HasOne<Organization.Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(u => new { u.TaskId, u.UnitId }).IsUnique();
        b.HasIndex(u => new { u.UnitId, u.TaskId });
        b.HasIndex(u => new { u.HandlerId, u.TaskId });
    }
}

internal sealed class TaskEventConfiguration : IEntityTypeConfiguration<TaskEvent>
{
    public void Configure(EntityTypeBuilder<TaskEvent> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.ActorName).HasMaxLength(Organization.UserProfile.NameMaxLength);
        b.Property(e => e.Text).HasMaxLength(WorkTask.ReasonMaxLength + 200);
        b.HasIndex(e => new { e.TaskId, e.AtUtc });
    }
}

internal sealed class TaskReminderConfiguration : IEntityTypeConfiguration<TaskReminder>
{
    public void Configure(EntityTypeBuilder<TaskReminder> b)
    {
        // The key is the "once per task, kind and deadline" rule.
        b.HasKey(r => new { r.TaskId, r.Kind, r.DueDate });
        b.Property(r => r.Kind).HasMaxLength(32);
        b.HasOne<WorkTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
