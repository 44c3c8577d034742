using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HueWorkspace.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IncomingDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DocumentCounters",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentCounters", x => new { x.UnitId, x.Year, x.Series });
                });

            migrationBuilder.CreateTable(
                name: "DocumentViews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentViews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IncomingDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ArrivalNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ArrivalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    NumberSymbol = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Excerpt = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Confidentiality = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegisteredById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PresentedToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PresentedToName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    PresentedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DirectionText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DirectedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DirectedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    DirectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OriginId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DuplicateKey = table.Column<string>(type: "TEXT", maxLength: 330, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    SearchKey = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncomingDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SavedSearches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedSearches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IncomingDocumentReaders",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                name: "IX_IncomingDocuments_PresentedToId",
                table: "IncomingDocuments",
                column: "PresentedToId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_SearchKey",
                table: "IncomingDocuments",
                column: "SearchKey",
                unique: true);

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
                name: "IX_SavedSearches_UserId_Area",
                table: "SavedSearches",
                columns: new[] { "UserId", "Area" });

            // Full-text search (SqliteDocumentSearch): FTS5 over the normalised SearchText, keyed by the stable SearchKey,
            // kept in step with the rows by triggers. PostgreSQL will bring its own index behind IDocumentSearch.
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql("CREATE VIRTUAL TABLE \"IncomingDocumentsFts\" USING fts5(\"SearchText\", content='IncomingDocuments', content_rowid='SearchKey', tokenize='unicode61 remove_diacritics 2', prefix='2 3');");
                migrationBuilder.Sql("CREATE TRIGGER \"IncomingDocuments_fts_insert\" AFTER INSERT ON \"IncomingDocuments\" BEGIN INSERT INTO \"IncomingDocumentsFts\"(rowid, \"SearchText\") VALUES (new.\"SearchKey\", new.\"SearchText\"); END;");
                migrationBuilder.Sql("CREATE TRIGGER \"IncomingDocuments_fts_delete\" AFTER DELETE ON \"IncomingDocuments\" BEGIN INSERT INTO \"IncomingDocumentsFts\"(\"IncomingDocumentsFts\", rowid, \"SearchText\") VALUES ('delete', old.\"SearchKey\", old.\"SearchText\"); END;");
                migrationBuilder.Sql("CREATE TRIGGER \"IncomingDocuments_fts_update\" AFTER UPDATE OF \"SearchText\" ON \"IncomingDocuments\" BEGIN INSERT INTO \"IncomingDocumentsFts\"(\"IncomingDocumentsFts\", rowid, \"SearchText\") VALUES ('delete', old.\"SearchKey\", old.\"SearchText\"); INSERT INTO \"IncomingDocumentsFts\"(rowid, \"SearchText\") VALUES (new.\"SearchKey\", new.\"SearchText\"); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"IncomingDocuments_fts_insert\";");
                migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"IncomingDocuments_fts_delete\";");
                migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"IncomingDocuments_fts_update\";");
                migrationBuilder.Sql("DROP TABLE IF EXISTS \"IncomingDocumentsFts\";");
            }

            migrationBuilder.DropTable(
                name: "DocumentCounters");

            migrationBuilder.DropTable(
                name: "DocumentViews");

            migrationBuilder.DropTable(
                name: "IncomingDocumentReaders");

            migrationBuilder.DropTable(
                name: "IncomingDocumentUnits");

            migrationBuilder.DropTable(
                name: "SavedSearches");

            migrationBuilder.DropTable(
                name: "IncomingDocuments");
        }
    }
}
