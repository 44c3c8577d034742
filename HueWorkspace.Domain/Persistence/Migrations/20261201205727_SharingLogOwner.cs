using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HueWorkspace.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SharingLogOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OwnerUnitId",
                table: "SharingLog",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_SharingLog_OwnerUnitId_AtUtc",
                table: "SharingLog",
                columns: new[] { "OwnerUnitId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SharingLog_OwnerUnitId_AtUtc",
                table: "SharingLog");

            migrationBuilder.DropColumn(
                name: "OwnerUnitId",
                table: "SharingLog");
        }
    }
}
