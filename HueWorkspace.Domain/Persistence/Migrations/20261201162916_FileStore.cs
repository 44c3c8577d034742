using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HueWorkspace.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FileStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TitleArgs",
                table: "Notifications",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "TitleKey",
                table: "Notifications",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Titles written before this version were Vietnamese text: kept as the text of the generic "text" key.
            migrationBuilder.Sql("UPDATE \"Notifications\" SET \"TitleKey\" = 'text', \"TitleArgs\" = json_array(\"Title\");");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "Notifications");

            migrationBuilder.AddColumn<string>(
                name: "AggregateId",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AggregateType",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Id);
                });

            // Task attachments move to the file store: their metadata now, their bytes into LegacyFileContents, which
            // LegacyFileMover empties into the store at the next start (an empty hash marks content still to move).
            migrationBuilder.Sql(
                "INSERT INTO \"StoredFiles\" (\"Id\", \"Area\", \"RecordId\", \"PartId\", \"FileName\", \"ContentType\", \"Length\", \"Sha256\", \"UploadedById\", \"UploadedByName\", \"UploadedAtUtc\") " +
                "SELECT \"Id\", 'tasks', \"TaskId\", \"EventId\", \"FileName\", \"ContentType\", \"Length\", '', NULL, \"UploadedByName\", \"UploadedAtUtc\" FROM \"TaskAttachments\";");
            migrationBuilder.Sql("CREATE TABLE \"LegacyFileContents\" AS SELECT \"Id\", \"Bytes\" FROM \"TaskAttachmentContents\";");

            migrationBuilder.DropTable(
                name: "TaskAttachmentContents");

            migrationBuilder.DropTable(
                name: "TaskAttachments");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AggregateType_AggregateId_AtUtc",
                table: "AuditEntries",
                columns: new[] { "AggregateType", "AggregateId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_Area_RecordId",
                table: "StoredFiles",
                columns: new[] { "Area", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_Sha256",
                table: "StoredFiles",
                column: "Sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"LegacyFileContents\";");

            migrationBuilder.DropTable(
                name: "StoredFiles");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_AggregateType_AggregateId_AtUtc",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "TitleArgs",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "TitleKey",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "AggregateId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "AggregateType",
                table: "AuditEntries");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "Notifications",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "TaskAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskAttachments_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskAttachmentContents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskAttachmentContents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskAttachmentContents_TaskAttachments_Id",
                        column: x => x.Id,
                        principalTable: "TaskAttachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaskAttachments_TaskId",
                table: "TaskAttachments",
                column: "TaskId");
        }
    }
}
