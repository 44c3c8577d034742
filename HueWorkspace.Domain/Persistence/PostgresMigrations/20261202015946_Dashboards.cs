using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HueWorkspace.Domain.Persistence.PostgresMigrations
{
    /// <inheritdoc />
    public partial class Dashboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IncomingDocuments_ArrivalDate",
                table: "IncomingDocuments");

            migrationBuilder.CreateTable(
                name: "WeeklySummaries",
                columns: table => new
                {
                    WeekStart = table.Column<DateOnly>(type: "date", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Recipients = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeeklySummaries", x => x.WeekStart);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_CompletedAtUtc_State_LeadUnitId_CompletedLate",
                table: "Tasks",
                columns: new[] { "CompletedAtUtc", "State", "LeadUnitId", "CompletedLate" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_CreatedAtUtc_LeadUnitId",
                table: "Tasks",
                columns: new[] { "CreatedAtUtc", "LeadUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_IsClosed_DueDate_State_LeadUnitId_Source_SourceId",
                table: "Tasks",
                columns: new[] { "IsClosed", "DueDate", "State", "LeadUnitId", "Source", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_ArrivalDate_UnitId",
                table: "IncomingDocuments",
                columns: new[] { "ArrivalDate", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_DataRequests_AnsweredAtUtc",
                table: "DataRequests",
                column: "AnsweredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_DataRequests_SubmittedAtUtc_OwnerUnitId",
                table: "DataRequests",
                columns: new[] { "SubmittedAtUtc", "OwnerUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WeeklySummaries");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_CompletedAtUtc_State_LeadUnitId_CompletedLate",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_CreatedAtUtc_LeadUnitId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_IsClosed_DueDate_State_LeadUnitId_Source_SourceId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_IncomingDocuments_ArrivalDate_UnitId",
                table: "IncomingDocuments");

            migrationBuilder.DropIndex(
                name: "IX_DataRequests_AnsweredAtUtc",
                table: "DataRequests");

            migrationBuilder.DropIndex(
                name: "IX_DataRequests_SubmittedAtUtc_OwnerUnitId",
                table: "DataRequests");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_ArrivalDate",
                table: "IncomingDocuments",
                column: "ArrivalDate");
        }
    }
}
