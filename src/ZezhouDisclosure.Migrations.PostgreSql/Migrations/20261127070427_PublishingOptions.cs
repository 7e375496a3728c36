using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PublishingOptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AwaitingPostReview",
                table: "Documents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "FilingAcknowledgedAt",
                table: "Documents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FilingAcknowledgedBy",
                table: "Documents",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledAt",
                table: "Documents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Status_ScheduledAt",
                table: "Documents",
                columns: new[] { "Status", "ScheduledAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_Status_ScheduledAt",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "AwaitingPostReview",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "FilingAcknowledgedAt",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "FilingAcknowledgedBy",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ScheduledAt",
                table: "Documents");
        }
    }
}
