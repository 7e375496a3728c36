using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class MessageTransferRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TransferRequestReason",
                table: "CitizenMessages",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TransferRequestedAt",
                table: "CitizenMessages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferRequestedBy",
                table: "CitizenMessages",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TransferRequestReason",
                table: "CitizenMessages");

            migrationBuilder.DropColumn(
                name: "TransferRequestedAt",
                table: "CitizenMessages");

            migrationBuilder.DropColumn(
                name: "TransferRequestedBy",
                table: "CitizenMessages");
        }
    }
}
