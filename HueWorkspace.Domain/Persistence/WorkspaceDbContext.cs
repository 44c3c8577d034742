using HueWorkspace.Domain.Announcements;
using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.SignIn;
using HueWorkspace.Domain.Tasks;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Persistence;

/// <summary>
/// The workplace's database. One short-lived context per operation (<c>IDbContextFactory</c>); one save
/// per use case, so a change, its audit rows and its notifications commit together.
/// Migrations (from the repository root):
/// <c>dotnet ef migrations add &lt;Name&gt; --project HueWorkspace.Domain --context WorkspaceDbContext --output-dir Persistence/Migrations</c>, and the same
/// with <c>--context PostgresWorkspaceDbContext --output-dir Persistence/PostgresMigrations</c> for PostgreSQL (docs/decisions/0008-scale-out.md).
/// </summary>
public class WorkspaceDbContext : DbContext, IDataProtectionKeyContext
{
    public WorkspaceDbContext(DbContextOptions<WorkspaceDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type (its own migrations): <see cref="PostgresWorkspaceDbContext"/>.</summary>
    protected WorkspaceDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Who is saving; the audit interceptor refuses audited changes without one.</summary>
    public Actor? Actor { get; set; }

    /// <summary>
    /// Set by the action pipeline around the save it runs in its own transaction: the audit entries of that save are kept
    /// in <see cref="PendingAppends"/> for <see cref="AppendOnlyRows"/> instead of going through the change tracker.
    /// </summary>
    public bool AppendInTransaction { get; set; }

    /// <summary>Audit entries and notifications the pipeline writes after the save, before its commit.</summary>
    public List<object> PendingAppends { get; } = [];

    /// <summary>The host pools its contexts: one going back to the pool forgets who saved through it.</summary>
    public override void Dispose()
    {
        Forget();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        Forget();
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    private void Forget()
    {
        Actor = null;
        AppendInTransaction = false;
        PendingAppends.Clear();
    }

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UserProfile> UserProfiles => Set<UserProfile>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Announcement> Announcements => Set<Announcement>();

    public DbSet<Files.StoredFile> StoredFiles => Set<Files.StoredFile>();

    public DbSet<BuiltInAccount> BuiltInAccounts => Set<BuiltInAccount>();

    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<WorkTask> Tasks => Set<WorkTask>();

    public DbSet<TaskUnit> TaskUnits => Set<TaskUnit>();

    public DbSet<TaskEvent> TaskEvents => Set<TaskEvent>();

    public DbSet<TaskReminder> TaskReminders => Set<TaskReminder>();

    public DbSet<Documents.IncomingDocument> IncomingDocuments => Set<Documents.IncomingDocument>();

    public DbSet<Documents.IncomingDocumentUnit> IncomingDocumentUnits => Set<Documents.IncomingDocumentUnit>();

    public DbSet<Documents.IncomingDocumentReader> IncomingDocumentReaders => Set<Documents.IncomingDocumentReader>();

    public DbSet<Documents.DocumentView> DocumentViews => Set<Documents.DocumentView>();

    public DbSet<DocumentCounter> DocumentCounters => Set<DocumentCounter>();

    /// <summary>The stamps of cached reference data (docs/decisions/0010-workflow-core.md).</summary>
    public DbSet<ChangeStamp> ChangeStamps => Set<ChangeStamp>();

    public DbSet<Documents.SavedSearch> SavedSearches => Set<Documents.SavedSearch>();

    public DbSet<Documents.OutgoingDocument> OutgoingDocuments => Set<Documents.OutgoingDocument>();

    public DbSet<Documents.OutgoingRecipient> OutgoingRecipients => Set<Documents.OutgoingRecipient>();

    public DbSet<Documents.OutgoingStep> OutgoingSteps => Set<Documents.OutgoingStep>();

    public DbSet<Documents.OutgoingRevision> OutgoingRevisions => Set<Documents.OutgoingRevision>();

    public DbSet<Documents.SigningAuthorisation> SigningAuthorisations => Set<Documents.SigningAuthorisation>();

    public DbSet<Datasets.Dataset> Datasets => Set<Datasets.Dataset>();

    public DbSet<Datasets.DatasetField> DatasetFields => Set<Datasets.DatasetField>();

    public DbSet<Datasets.DatasetCodeList> DatasetCodeLists => Set<Datasets.DatasetCodeList>();

    public DbSet<Datasets.CodeList> CodeLists => Set<Datasets.CodeList>();

    public DbSet<Datasets.Council> Councils => Set<Datasets.Council>();

    public DbSet<Datasets.CouncilMember> CouncilMembers => Set<Datasets.CouncilMember>();

    public DbSet<Datasets.CouncilCheck> CouncilChecks => Set<Datasets.CouncilCheck>();

    public DbSet<Datasets.CouncilVote> CouncilVotes => Set<Datasets.CouncilVote>();

    public DbSet<DataRequests.DataRequest> DataRequests => Set<DataRequests.DataRequest>();

    public DbSet<Dashboards.WeeklySummary> WeeklySummaries => Set<Dashboards.WeeklySummary>();

    public DbSet<DataRequests.DataRequestEvent> DataRequestEvents => Set<DataRequests.DataRequestEvent>();

    public DbSet<DataRequests.DataAccessToken> DataAccessTokens => Set<DataRequests.DataAccessToken>();

    public DbSet<DataRequests.SharingLogEntry> SharingLog => Set<DataRequests.SharingLogEntry>();

    /// <summary>ASP.NET Core's data-protection keys (cookies, antiforgery, the OIDC correlation): shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The built-in sign-in provider's signing and encryption keys, shared by every instance.</summary>
    public DbSet<ProviderKey> ProviderKeys => Set<ProviderKey>();

    /// <summary>Which instance runs each scheduled job, until when.</summary>
    public DbSet<Cluster.JobLease> JobLeases => Set<Cluster.JobLease>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkspaceDbContext).Assembly);

        // The built-in sign-in provider's applications, authorizations and tokens live beside the rest.
        modelBuilder.UseOpenIddict();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name, so the database reads without the code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
