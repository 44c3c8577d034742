using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HueWorkspace.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DataRequestErrorsAndOnwardSharing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_DataErrorReport_RequestId",
                table: "DataErrorReport",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_OnwardShare_RequestId",
                table: "OnwardShare",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataErrorReport");

            migrationBuilder.DropTable(
                name: "OnwardShare");
        }
    }
}
