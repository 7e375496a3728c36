using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class UnitSignOffAndRecall : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "UnitSignOff",
                table: "Organisations",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPolicy",
                table: "Documents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PublishedAtRevision",
                table: "Documents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReturnedAtRevision",
                table: "Documents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnitApprovedAt",
                table: "Documents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitApprovedBy",
                table: "Documents",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "DocumentAttachments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UnitSignOff",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "IsPolicy",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "PublishedAtRevision",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ReturnedAtRevision",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "UnitApprovedAt",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "UnitApprovedBy",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "DisplayName",
                table: "DocumentAttachments");
        }
    }
}
