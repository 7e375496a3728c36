using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EncryptContactsUnitSignOffAndRepliesOnline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LegalName",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeNumberPattern",
                table: "Organisations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "UnitSignOff",
                table: "Organisations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPolicy",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PublishedAtRevision",
                table: "Documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReturnedAtRevision",
                table: "Documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnitApprovedAt",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitApprovedBy",
                table: "Documents",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "DocumentAttachments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceiptEmailProblem",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReceiptEmailSentAt",
                table: "DisclosureRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyNoticeNumber",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "NoticeNumberSequences",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastValue = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeNumberSequences", x => new { x.OrganisationId, x.Year });
                    table.ForeignKey(
                        name: "FK_NoticeNumberSequences_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestReplyFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisclosureRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestReplyFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestReplyFiles_DisclosureRequests_DisclosureRequestId",
                        column: x => x.DisclosureRequestId,
                        principalTable: "DisclosureRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RequestReplyFiles_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RequestReplyFiles_DisclosureRequestId",
                table: "RequestReplyFiles",
                column: "DisclosureRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestReplyFiles_OrganisationId",
                table: "RequestReplyFiles",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestReplyFiles_StorageKey",
                table: "RequestReplyFiles",
                column: "StorageKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NoticeNumberSequences");

            migrationBuilder.DropTable(
                name: "RequestReplyFiles");

            migrationBuilder.DropColumn(
                name: "LegalName",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "NoticeNumberPattern",
                table: "Organisations");

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

            migrationBuilder.DropColumn(
                name: "ReceiptEmailProblem",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ReceiptEmailSentAt",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ReplyNoticeNumber",
                table: "DisclosureRequests");
        }
    }
}
