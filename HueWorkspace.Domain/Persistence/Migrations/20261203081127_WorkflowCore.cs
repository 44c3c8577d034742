using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace HueWorkspace.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkflowCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeStamps",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeStamps", x => x.Key);
                });

            migrationBuilder.InsertData(
                table: "ChangeStamps",
                columns: new[] { "Key", "Value" },
                values: new object[,]
                {
                    { "calendar", new Guid("00000000-0000-0000-0000-000000000000") },
                    { "organization", new Guid("00000000-0000-0000-0000-000000000000") }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeStamps");
        }
    }
}
