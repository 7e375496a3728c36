using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpiresOn",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FivePublic",
                table: "Documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Genre",
                table: "Documents",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsNormative",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Keywords",
                table: "Documents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalisedDocumentNumber",
                table: "Documents",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RevisionCount",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "Documents",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "Documents",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DocumentRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", maxLength: 1000000, nullable: false),
                    ColumnId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicCategoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Genre = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FivePublic = table.Column<int>(type: "INTEGER", nullable: true),
                    Attribute = table.Column<int>(type: "INTEGER", nullable: true),
                    Ground = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
