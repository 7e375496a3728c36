using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DocumentRevisionsAndWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EffectiveOn",
                table: "Documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpiresOn",
                table: "Documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FivePublic",
                table: "Documents",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Genre",
                table: "Documents",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsNormative",
                table: "Documents",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Keywords",
                table: "Documents",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalisedDocumentNumber",
                table: "Documents",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RevisionCount",
                table: "Documents",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "Documents",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Documents",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "Documents",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DocumentRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    BodyHtml = table.Column<string>(type: "nvarchar(max)", maxLength: 1000000, nullable: false),
                    ColumnId = table.Column<int>(type: "int", nullable: false),
                    TopicCategoryId = table.Column<int>(type: "int", nullable: true),
                    DocumentNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Keywords = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Genre = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    FivePublic = table.Column<int>(type: "int", nullable: true),
                    Attribute = table.Column<int>(type: "int", nullable: true),
                    Ground = table.Column<int>(type: "int", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentRevisions_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_NormalisedDocumentNumber",
                table: "Documents",
                column: "NormalisedDocumentNumber");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRevisions_DocumentId_Number",
                table: "DocumentRevisions",
                columns: new[] { "DocumentId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentRevisions");

            migrationBuilder.DropIndex(
                name: "IX_Documents_NormalisedDocumentNumber",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "EffectiveOn",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ExpiresOn",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "FivePublic",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Genre",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "IsNormative",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Keywords",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "NormalisedDocumentNumber",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "RevisionCount",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "WithdrawnBy",
                table: "Documents");
        }
    }
}
