using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.SqlServer.Migrations
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
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TransferRequestedAt",
                table: "CitizenMessages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferRequestedBy",
                table: "CitizenMessages",
                type: "nvarchar(256)",
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
