using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HueWorkspace.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RequestSeveralDatasets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DatasetIds",
                table: "DataRequests",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            // Requests made before a request could name several datasets name their one.
            migrationBuilder.Sql("UPDATE \"DataRequests\" SET \"DatasetIds\" = json_array(lower(\"DatasetId\")) WHERE \"DatasetId\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DatasetIds",
                table: "DataRequests");
        }
    }
}
