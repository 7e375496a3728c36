using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueServiceLinksAndNewMediaOperators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Applicant",
                table: "NewMediaAccounts",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Operator",
                table: "NewMediaAccounts",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CatalogueServiceLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TownshipCatalogueItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LinkedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueServiceLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueServiceLinks_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueServiceLinks_ServiceItems_ServiceItemId",
                        column: x => x.ServiceItemId,
                        principalTable: "ServiceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueServiceLinks_TownshipCatalogueItem_TownshipCatalogueItemId",
                        column: x => x.TownshipCatalogueItemId,
                        principalTable: "TownshipCatalogueItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueServiceLinks_OrganisationId",
                table: "CatalogueServiceLinks",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueServiceLinks_ServiceItemId",
                table: "CatalogueServiceLinks",
                column: "ServiceItemId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueServiceLinks_TownshipCatalogueItemId_ServiceItemId",
                table: "CatalogueServiceLinks",
                columns: new[] { "TownshipCatalogueItemId", "ServiceItemId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogueServiceLinks");

            migrationBuilder.DropColumn(
                name: "Applicant",
                table: "NewMediaAccounts");

            migrationBuilder.DropColumn(
                name: "Operator",
                table: "NewMediaAccounts");
        }
    }
}
