using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HueWorkspace.Domain.Persistence.PostgresMigrations
{
    /// <inheritdoc />
    public partial class DashboardOverdueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tasks_IsClosed_DueDate_State_LeadUnitId_Source_SourceId",
                table: "Tasks",
                columns: new[] { "IsClosed", "DueDate", "State", "LeadUnitId", "Source", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_IsClosed_DueDate_State_LeadUnitId_Source_SourceId",
                table: "Tasks");
        }
    }
}
