using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HueWorkspace.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DataRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataAccessTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataAccessTokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RequesterUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    ContactDetails = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    DatasetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DatasetName = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    UncataloguedDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DataItems = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RequestedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PersonalData = table.Column<bool>(type: "INTEGER", nullable: false),
                    DutiesAccepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PausedWithDaysLeft = table.Column<int>(type: "INTEGER", nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemindedFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EscalatedFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlaceOfUse = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Processing = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Conditions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Security = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Storage = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Deletion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RefusalLetterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SharingLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DatasetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharingLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataErrorReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReportedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResolvedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2300, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerConsent = table.Column<bool>(type: "INTEGER", nullable: true),
                    OwnerByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    AuthorityConsent = table.Column<bool>(type: "INTEGER", nullable: true),
                    AuthorityByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true)
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
                name: "IX_OnwardShare_RequestId",
                table: "OnwardShare",
                column: "RequestId");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataAccessTokens");

            migrationBuilder.DropTable(
                name: "DataErrorReport");

            migrationBuilder.DropTable(
                name: "DataRequestEvents");

            migrationBuilder.DropTable(
                name: "OnwardShare");

            migrationBuilder.DropTable(
                name: "SharingLog");

            migrationBuilder.DropTable(
                name: "DataRequests");
        }
    }
}
