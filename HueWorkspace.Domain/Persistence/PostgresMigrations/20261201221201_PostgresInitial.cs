using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HueWorkspace.Domain.Persistence.PostgresMigrations
{
    /// <inheritdoc />
    public partial class PostgresInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    ActorUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AggregateType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AggregateId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Changes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BuiltInAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    FullName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuiltInAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "CodeLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    IsNational = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Councils",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DatasetId = table.Column<Guid>(type: "uuid", nullable: false),
                    DatasetName = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlatformUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Rule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Certified = table.Column<bool>(type: "boolean", nullable: true),
                    OutcomeReasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    OpenedById = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenedByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Activity = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Councils", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataAccessTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataAccessTokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RequesterUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    ContactDetails = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    DatasetIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    DatasetId = table.Column<Guid>(type: "uuid", nullable: true),
                    DatasetName = table.Column<string>(type: "character varying(2520)", maxLength: 2520, nullable: true),
                    UncataloguedDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    DataItems = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Frequency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RequestedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    RequestedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    PersonalData = table.Column<bool>(type: "boolean", nullable: false),
                    DutiesAccepted = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PausedWithDaysLeft = table.Column<int>(type: "integer", nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RemindedFor = table.Column<DateOnly>(type: "date", nullable: true),
                    EscalatedFor = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    PlaceOfUse = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Processing = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Security = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Storage = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Deletion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RefusalLetterId = table.Column<Guid>(type: "uuid", nullable: true),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Datasets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PlatformIdentifier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Frequency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ResponsiblePerson = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LastUpdatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    IsStateSecret = table.Column<bool>(type: "boolean", nullable: false),
                    Fee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FocalOfficerId = table.Column<Guid>(type: "uuid", nullable: true),
                    FocalOfficerName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DuplicateJustification = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SimilarToId = table.Column<Guid>(type: "uuid", nullable: true),
                    CertificateNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CertifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiryRemindedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotCertifiedReasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Datasets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocumentCounters",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Series = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentCounters", x => new { x.UnitId, x.Year, x.Series });
                });

            migrationBuilder.CreateTable(
                name: "DocumentViews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentViews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IncomingDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ArrivalNumber = table.Column<int>(type: "integer", nullable: false),
                    ArrivalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuerName = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    NumberSymbol = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Excerpt = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Confidentiality = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Signer = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegisteredById = table.Column<Guid>(type: "uuid", nullable: false),
                    RegisteredByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PresentedToId = table.Column<Guid>(type: "uuid", nullable: true),
                    PresentedToName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    PresentedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DirectionText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DirectedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DirectedByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DirectedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecallReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecalledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OriginId = table.Column<Guid>(type: "uuid", nullable: true),
                    DuplicateKey = table.Column<string>(type: "character varying(330)", maxLength: 330, nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    SearchKey = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncomingDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Holder = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictApplications",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    ApplicationType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ClientId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClientSecret = table.Column<string>(type: "text", nullable: true),
                    ClientType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ConsentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DisplayName = table.Column<string>(type: "text", nullable: true),
                    DisplayNames = table.Column<string>(type: "text", nullable: true),
                    JsonWebKeySet = table.Column<string>(type: "text", nullable: true),
                    Permissions = table.Column<string>(type: "text", nullable: true),
                    PostLogoutRedirectUris = table.Column<string>(type: "text", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    RedirectUris = table.Column<string>(type: "text", nullable: true),
                    Requirements = table.Column<string>(type: "text", nullable: true),
                    Settings = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictScopes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    ConcurrencyToken = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Descriptions = table.Column<string>(type: "text", nullable: true),
                    DisplayName = table.Column<string>(type: "text", nullable: true),
                    DisplayNames = table.Column<string>(type: "text", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    Resources = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictScopes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftingUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClerkUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Excerpt = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Confidentiality = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DrafterId = table.Column<Guid>(type: "uuid", nullable: false),
                    DrafterName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SignerId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignerName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Capacity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AuthorisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Number = table.Column<int>(type: "integer", nullable: true),
                    NumberSymbol = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IssuedById = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FixesId = table.Column<Guid>(type: "uuid", nullable: true),
                    FixKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RecallReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecalledByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    RecalledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProviderKeys",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderKeys", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "SavedSearches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Query = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedSearches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SharingLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    DatasetId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    What = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharingLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignInAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInAttempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SigningAuthorisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrincipalId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrincipalName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    DelegateId = table.Column<Guid>(type: "uuid", nullable: false),
                    DelegateName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Scope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SigningAuthorisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartId = table.Column<Guid>(type: "uuid", nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UploadedByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Priority = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignerId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignerName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    AssignerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PausedFrom = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    StateReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LeadUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    LeadUnitName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    LeadHandlerId = table.Column<Guid>(type: "uuid", nullable: true),
                    LeadHandlerName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedLate = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ExtensionRequestedById = table.Column<Guid>(type: "uuid", nullable: true),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    IsClosed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tasks_Tasks_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    IsPlatformAuthority = table.Column<bool>(type: "boolean", nullable: false),
                    IsPeoplesCommitteeOffice = table.Column<bool>(type: "boolean", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SearchText = table.Column<string>(type: "character varying(289)", maxLength: 289, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CouncilChecks",
                columns: table => new
                {
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Criterion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Verdict = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilChecks", x => new { x.CouncilId, x.UserId, x.Criterion });
                    table.ForeignKey(
                        name: "FK_CouncilChecks_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilMembers",
                columns: table => new
                {
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Body = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IsChair = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilMembers", x => new { x.CouncilId, x.UserId });
                    table.ForeignKey(
                        name: "FK_CouncilMembers_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilVotes",
                columns: table => new
                {
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Vote = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilVotes", x => new { x.CouncilId, x.UserId });
                    table.ForeignKey(
                        name: "FK_CouncilVotes_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DataErrorReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReportedByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResolvedByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataErrorReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataErrorReport_DataRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DataRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DataRequestEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Text = table.Column<string>(type: "character varying(2300)", maxLength: 2300, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataRequestEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataRequestEvents_DataRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DataRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnwardShare",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Party = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RequestedByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerConsent = table.Column<bool>(type: "boolean", nullable: true),
                    OwnerByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    AuthorityConsent = table.Column<bool>(type: "boolean", nullable: true),
                    AuthorityByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnwardShare", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnwardShare_DataRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DataRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DatasetCodeLists",
                columns: table => new
                {
                    DatasetId = table.Column<Guid>(type: "uuid", nullable: false),
                    CodeListId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetCodeLists", x => new { x.DatasetId, x.CodeListId });
                    table.ForeignKey(
                        name: "FK_DatasetCodeLists_CodeLists_CodeListId",
                        column: x => x.CodeListId,
                        principalTable: "CodeLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DatasetCodeLists_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DatasetFields",
                columns: table => new
                {
                    DatasetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    IsPersonal = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetFields", x => new { x.DatasetId, x.Position });
                    table.ForeignKey(
                        name: "FK_DatasetFields_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IncomingDocumentReaders",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncomingDocumentReaders", x => new { x.DocumentId, x.UserId });
                    table.ForeignKey(
                        name: "FK_IncomingDocumentReaders_IncomingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "IncomingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IncomingDocumentUnits",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IsLead = table.Column<bool>(type: "boolean", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncomingDocumentUnits", x => new { x.DocumentId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_IncomingDocumentUnits_IncomingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "IncomingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictAuthorizations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    ApplicationId = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CreationDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    Scopes = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictAuthorizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenIddictAuthorizations_OpenIddictApplications_Application~",
                        column: x => x.ApplicationId,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "OutgoingRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    IncomingId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutgoingRecipients_OutgoingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingRevisions",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Excerpt = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PartId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingRevisions", x => new { x.DocumentId, x.Number });
                    table.ForeignKey(
                        name: "FK_OutgoingRevisions_OutgoingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Operation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Capacity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutgoingSteps_OutgoingDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "OutgoingDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(2200)", maxLength: 2200, nullable: true),
                    Percent = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskEvents_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskReminders",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskReminders", x => new { x.TaskId, x.Kind, x.DueDate });
                    table.ForeignKey(
                        name: "FK_TaskReminders_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IsLead = table.Column<bool>(type: "boolean", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    HandlerId = table.Column<Guid>(type: "uuid", nullable: true),
                    HandlerName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    HandlerDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    HandlerAssignedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskUnits_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TaskUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UserProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FullName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSignInUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SearchText = table.Column<string>(type: "character varying(508)", maxLength: 508, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Roles = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserProfiles_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictTokens",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    ApplicationId = table.Column<string>(type: "text", nullable: true),
                    AuthorizationId = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CreationDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpirationDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    RedemptionDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReferenceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Type = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId",
                        column: x => x.AuthorizationId,
                        principalTable: "OpenIddictAuthorizations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SenderId = table.Column<Guid>(type: "uuid", nullable: false),
                    SenderName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    SenderUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TargetUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    IncludeSubunits = table.Column<bool>(type: "boolean", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(351)", maxLength: 351, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Announcements_Units_TargetUnitId",
                        column: x => x.TargetUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Announcements_UserProfiles_SenderId",
                        column: x => x.SenderId,
                        principalTable: "UserProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TitleKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TitleArgs = table.Column<string[]>(type: "text[]", nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_UserProfiles_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "UserProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AnnouncementRecipient",
                columns: table => new
                {
                    AnnouncementId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnouncementRecipient", x => new { x.AnnouncementId, x.UserId });
                    table.ForeignKey(
                        name: "FK_AnnouncementRecipient_Announcements_AnnouncementId",
                        column: x => x.AnnouncementId,
                        principalTable: "Announcements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AnnouncementRecipient_UserProfiles_UserId",
                        column: x => x.UserId,
                        principalTable: "UserProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnouncementRecipient_UserId",
                table: "AnnouncementRecipient",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_SenderId",
                table: "Announcements",
                column: "SenderId");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_SentAtUtc",
                table: "Announcements",
                column: "SentAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_TargetUnitId",
                table: "Announcements",
                column: "TargetUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AggregateType_AggregateId_AtUtc",
                table: "AuditEntries",
                columns: new[] { "AggregateType", "AggregateId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AtUtc",
                table: "AuditEntries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_BuiltInAccounts_Subject",
                table: "BuiltInAccounts",
                column: "Subject",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuiltInAccounts_UserName",
                table: "BuiltInAccounts",
                column: "UserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodeLists_Code",
                table: "CodeLists",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMembers_UserId",
                table: "CouncilMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Councils_DatasetId",
                table: "Councils",
                column: "DatasetId");

            migrationBuilder.CreateIndex(
                name: "IX_DataAccessTokens_Hash",
                table: "DataAccessTokens",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataAccessTokens_RequestId",
                table: "DataAccessTokens",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_DataErrorReport_RequestId",
                table: "DataErrorReport",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_DataRequestEvents_RequestId_AtUtc",
                table: "DataRequestEvents",
                columns: new[] { "RequestId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DataRequests_Number",
                table: "DataRequests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataRequests_OwnerUnitId_State_DueOn",
                table: "DataRequests",
                columns: new[] { "OwnerUnitId", "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DataRequests_RequesterUnitId_CreatedAtUtc",
                table: "DataRequests",
                columns: new[] { "RequesterUnitId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DatasetCodeLists_CodeListId",
                table: "DatasetCodeLists",
                column: "CodeListId");

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_CertificateNumber",
                table: "Datasets",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OwnerUnitId_NormalizedName",
                table: "Datasets",
                columns: new[] { "OwnerUnitId", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_State",
                table: "Datasets",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentViews_DocumentId_AtUtc",
                table: "DocumentViews",
                columns: new[] { "DocumentId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocumentReaders_UserId",
                table: "IncomingDocumentReaders",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_ArrivalDate",
                table: "IncomingDocuments",
                column: "ArrivalDate");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_DuplicateKey",
                table: "IncomingDocuments",
                column: "DuplicateKey");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_OriginId",
                table: "IncomingDocuments",
                column: "OriginId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_PresentedToId",
                table: "IncomingDocuments",
                column: "PresentedToId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_SearchKey",
                table: "IncomingDocuments",
                column: "SearchKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_SearchText",
                table: "IncomingDocuments",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_TaskId",
                table: "IncomingDocuments",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_UnitId_SearchKey",
                table: "IncomingDocuments",
                columns: new[] { "UnitId", "SearchKey" });

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_UnitId_State_SearchKey",
                table: "IncomingDocuments",
                columns: new[] { "UnitId", "State", "SearchKey" });

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_UnitId_Year_ArrivalNumber",
                table: "IncomingDocuments",
                columns: new[] { "UnitId", "Year", "ArrivalNumber" },
                unique: true,
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocumentUnits_UnitId",
                table: "IncomingDocumentUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientId_CreatedAtUtc",
                table: "Notifications",
                columns: new[] { "RecipientId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientId_ReadAtUtc",
                table: "Notifications",
                columns: new[] { "RecipientId", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OnwardShare_RequestId",
                table: "OnwardShare",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictApplications_ClientId",
                table: "OpenIddictApplications",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type",
                table: "OpenIddictAuthorizations",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictScopes_Name",
                table: "OpenIddictScopes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type",
                table: "OpenIddictTokens",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_AuthorizationId",
                table: "OpenIddictTokens",
                column: "AuthorizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_ReferenceId",
                table: "OpenIddictTokens",
                column: "ReferenceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocuments_ClerkUnitId_State",
                table: "OutgoingDocuments",
                columns: new[] { "ClerkUnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocuments_DrafterId",
                table: "OutgoingDocuments",
                column: "DrafterId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocuments_DraftingUnitId_State",
                table: "OutgoingDocuments",
                columns: new[] { "DraftingUnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocuments_FixesId",
                table: "OutgoingDocuments",
                column: "FixesId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocuments_IssueDate",
                table: "OutgoingDocuments",
                column: "IssueDate");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocuments_IssuerUnitId_Year_NumberSymbol",
                table: "OutgoingDocuments",
                columns: new[] { "IssuerUnitId", "Year", "NumberSymbol" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocuments_SignerId",
                table: "OutgoingDocuments",
                column: "SignerId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingRecipients_DocumentId",
                table: "OutgoingRecipients",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingRecipients_IncomingId",
                table: "OutgoingRecipients",
                column: "IncomingId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingSteps_ActorId",
                table: "OutgoingSteps",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingSteps_DocumentId_AtUtc",
                table: "OutgoingSteps",
                columns: new[] { "DocumentId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedSearches_UserId_Area",
                table: "SavedSearches",
                columns: new[] { "UserId", "Area" });

            migrationBuilder.CreateIndex(
                name: "IX_SharingLog_AtUtc",
                table: "SharingLog",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SharingLog_DatasetId_AtUtc",
                table: "SharingLog",
                columns: new[] { "DatasetId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SharingLog_OwnerUnitId_AtUtc",
                table: "SharingLog",
                columns: new[] { "OwnerUnitId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SharingLog_RequesterUnitId_AtUtc",
                table: "SharingLog",
                columns: new[] { "RequesterUnitId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SharingLog_RequestId_AtUtc",
                table: "SharingLog",
                columns: new[] { "RequestId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SignInAttempts_Address_AtUtc",
                table: "SignInAttempts",
                columns: new[] { "Address", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SignInAttempts_UserName_AtUtc",
                table: "SignInAttempts",
                columns: new[] { "UserName", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SigningAuthorisations_PrincipalId",
                table: "SigningAuthorisations",
                column: "PrincipalId");

            migrationBuilder.CreateIndex(
                name: "IX_SigningAuthorisations_UnitId_DelegateId",
                table: "SigningAuthorisations",
                columns: new[] { "UnitId", "DelegateId" });

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_Area_RecordId",
                table: "StoredFiles",
                columns: new[] { "Area", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_Sha256",
                table: "StoredFiles",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_TaskEvents_TaskId_AtUtc",
                table: "TaskEvents",
                columns: new[] { "TaskId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_AssignerId_DueDate",
                table: "Tasks",
                columns: new[] { "AssignerId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_DueDate_Id",
                table: "Tasks",
                columns: new[] { "DueDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_IsClosed_DueDate_Id",
                table: "Tasks",
                columns: new[] { "IsClosed", "DueDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ParentId",
                table: "Tasks",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_State_IsClosed_DueDate_Id",
                table: "Tasks",
                columns: new[] { "State", "IsClosed", "DueDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskUnits_HandlerId_TaskId",
                table: "TaskUnits",
                columns: new[] { "HandlerId", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskUnits_TaskId_UnitId",
                table: "TaskUnits",
                columns: new[] { "TaskId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskUnits_UnitId_TaskId",
                table: "TaskUnits",
                columns: new[] { "UnitId", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                table: "Units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_ParentId",
                table: "Units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_UserProfiles_Subject",
                table: "UserProfiles",
                column: "Subject",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserProfiles_UnitId",
                table: "UserProfiles",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_Subject",
                table: "UserSessions",
                column: "Subject");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnouncementRecipient");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BuiltInAccounts");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "CouncilChecks");

            migrationBuilder.DropTable(
                name: "CouncilMembers");

            migrationBuilder.DropTable(
                name: "CouncilVotes");

            migrationBuilder.DropTable(
                name: "DataAccessTokens");

            migrationBuilder.DropTable(
                name: "DataErrorReport");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DataRequestEvents");

            migrationBuilder.DropTable(
                name: "DatasetCodeLists");

            migrationBuilder.DropTable(
                name: "DatasetFields");

            migrationBuilder.DropTable(
                name: "DocumentCounters");

            migrationBuilder.DropTable(
                name: "DocumentViews");

            migrationBuilder.DropTable(
                name: "IncomingDocumentReaders");

            migrationBuilder.DropTable(
                name: "IncomingDocumentUnits");

            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "OnwardShare");

            migrationBuilder.DropTable(
                name: "OpenIddictScopes");

            migrationBuilder.DropTable(
                name: "OpenIddictTokens");

            migrationBuilder.DropTable(
                name: "OutgoingRecipients");

            migrationBuilder.DropTable(
                name: "OutgoingRevisions");

            migrationBuilder.DropTable(
                name: "OutgoingSteps");

            migrationBuilder.DropTable(
                name: "ProviderKeys");

            migrationBuilder.DropTable(
                name: "SavedSearches");

            migrationBuilder.DropTable(
                name: "SharingLog");

            migrationBuilder.DropTable(
                name: "SignInAttempts");

            migrationBuilder.DropTable(
                name: "SigningAuthorisations");

            migrationBuilder.DropTable(
                name: "StoredFiles");

            migrationBuilder.DropTable(
                name: "TaskEvents");

            migrationBuilder.DropTable(
                name: "TaskReminders");

            migrationBuilder.DropTable(
                name: "TaskUnits");

            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropTable(
                name: "Announcements");

            migrationBuilder.DropTable(
                name: "Councils");

            migrationBuilder.DropTable(
                name: "CodeLists");

            migrationBuilder.DropTable(
                name: "Datasets");

            migrationBuilder.DropTable(
                name: "IncomingDocuments");

            migrationBuilder.DropTable(
                name: "DataRequests");

            migrationBuilder.DropTable(
                name: "OpenIddictAuthorizations");

            migrationBuilder.DropTable(
                name: "OutgoingDocuments");

            migrationBuilder.DropTable(
                name: "Tasks");

            migrationBuilder.DropTable(
                name: "UserProfiles");

            migrationBuilder.DropTable(
                name: "OpenIddictApplications");

            migrationBuilder.DropTable(
                name: "Units");
        }
    }
}
