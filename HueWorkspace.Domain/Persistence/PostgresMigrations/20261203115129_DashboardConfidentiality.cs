using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HueWorkspace.Domain.Persistence.PostgresMigrations
{
    /// <inheritdoc />
    public partial class DashboardConfidentiality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IncomingDocuments_ArrivalDate_UnitId",
                table: "IncomingDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_ArrivalDate_UnitId_Confidentiality",
                table: "IncomingDocuments",
                columns: new[] { "ArrivalDate", "UnitId", "Confidentiality" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IncomingDocuments_ArrivalDate_UnitId_Confidentiality",
                table: "IncomingDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_IncomingDocuments_ArrivalDate_UnitId",
                table: "IncomingDocuments",
                columns: new[] { "ArrivalDate", "UnitId" });
        }
    }
}
