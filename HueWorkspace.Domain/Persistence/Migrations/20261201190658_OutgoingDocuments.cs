using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HueWorkspace.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OutgoingDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AgencyCode",
                table: "Units",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecallReason",
                table: "IncomingDocuments",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RecalledAtUtc",
                table: "IncomingDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutgoingDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DraftingUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClerkUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Excerpt = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Confidentiality = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DrafterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DrafterName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SignerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Capacity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AuthorisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Number = table.Column<int>(type: "INTEGER", nullable: true),
                    NumberSymbol = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IssuedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FixesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FixKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RecallReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecalledByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    RecalledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SigningAuthorisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrincipalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrincipalName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    DelegateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DelegateName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SigningAuthorisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    IncomingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Excerpt = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Capacity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_OriginId",
                table: "IncomingDocuments",
                column: "OriginId");

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
                name: "IX_SigningAuthorisations_PrincipalId",
                table: "SigningAuthorisations",
                column: "PrincipalId");

            migrationBuilder.CreateIndex(
                name: "IX_SigningAuthorisations_UnitId_DelegateId",
                table: "SigningAuthorisations",
                columns: new[] { "UnitId", "DelegateId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutgoingRecipients");

            migrationBuilder.DropTable(
                name: "OutgoingRevisions");

            migrationBuilder.DropTable(
                name: "OutgoingSteps");

            migrationBuilder.DropTable(
                name: "SigningAuthorisations");

            migrationBuilder.DropTable(
                name: "OutgoingDocuments");

            migrationBuilder.DropIndex(
                name: "IX_IncomingDocuments_OriginId",
                table: "IncomingDocuments");

            migrationBuilder.DropColumn(
                name: "AgencyCode",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "RecallReason",
                table: "IncomingDocuments");

            migrationBuilder.DropColumn(
                name: "RecalledAtUtc",
                table: "IncomingDocuments");
        }
    }
}
