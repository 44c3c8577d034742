using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HueWorkspace.Domain.Persistence.PostgresMigrations
{
    /// <inheritdoc />
    public partial class PeopleRegistersAndLogs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Position",
                table: "UserProfiles",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Percent",
                table: "TaskUnits",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReportedAtUtc",
                table: "TaskUnits",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "SharingLog",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Provided");

            migrationBuilder.AddColumn<string>(
                name: "PersonName",
                table: "SharingLog",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestNumber",
                table: "SharingLog",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CopyCount",
                table: "OutgoingDocuments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "OutgoingDocuments",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "Tiếng Việt");

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "OutgoingDocuments",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PageCount",
                table: "OutgoingDocuments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "IncomingDocuments",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Paper");

            migrationBuilder.AddColumn<DateOnly>(
                name: "HandlingDeadline",
                table: "IncomingDocuments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdentifierCode",
                table: "IncomingDocuments",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "IncomingDocuments",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "Tiếng Việt");

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "IncomingDocuments",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PageCount",
                table: "IncomingDocuments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AggregateLabel",
                table: "AuditEntries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AggregateSearch",
                table: "AuditEntries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        
            // Rows written before these columns: a document that came through the system arrived by liên thông; a log line
            // is an API read, a download or a provision by what it says, and names its request by number.
            migrationBuilder.Sql("UPDATE \"IncomingDocuments\" SET \"Channel\" = 'SystemExchange' WHERE \"OriginId\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"SharingLog\" SET \"Kind\" = 'ApiRead' WHERE \"Method\" = 'Api'");
            migrationBuilder.Sql("UPDATE \"SharingLog\" SET \"Kind\" = 'Downloaded' WHERE \"Method\" = 'File' AND \"What\" LIKE 'Tải tệp%'");
            migrationBuilder.Sql("UPDATE \"SharingLog\" SET \"RequestNumber\" = (SELECT r.\"Number\" FROM \"DataRequests\" r WHERE r.\"Id\" = \"SharingLog\".\"RequestId\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Position",
                table: "UserProfiles");

            migrationBuilder.DropColumn(
                name: "Percent",
                table: "TaskUnits");

            migrationBuilder.DropColumn(
                name: "ReportedAtUtc",
                table: "TaskUnits");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "SharingLog");

            migrationBuilder.DropColumn(
                name: "PersonName",
                table: "SharingLog");

            migrationBuilder.DropColumn(
                name: "RequestNumber",
                table: "SharingLog");

            migrationBuilder.DropColumn(
                name: "CopyCount",
                table: "OutgoingDocuments");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "OutgoingDocuments");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "OutgoingDocuments");

            migrationBuilder.DropColumn(
                name: "PageCount",
                table: "OutgoingDocuments");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "IncomingDocuments");

            migrationBuilder.DropColumn(
                name: "HandlingDeadline",
                table: "IncomingDocuments");

            migrationBuilder.DropColumn(
                name: "IdentifierCode",
                table: "IncomingDocuments");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "IncomingDocuments");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "IncomingDocuments");

            migrationBuilder.DropColumn(
                name: "PageCount",
                table: "IncomingDocuments");

            migrationBuilder.DropColumn(
                name: "AggregateLabel",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "AggregateSearch",
                table: "AuditEntries");
        }
    }
}
