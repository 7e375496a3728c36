using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ParticipationCatalogueAmendments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ParticipationCatalogues_OrganisationId_Year",
                table: "ParticipationCatalogues");

            migrationBuilder.AddColumn<string>(
                name: "AmendmentReason",
                table: "ParticipationCatalogues",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AmendsId",
                table: "ParticipationCatalogues",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "ParticipationCatalogues",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupersededAt",
                table: "ParticipationCatalogues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationCatalogues_AmendsId",
                table: "ParticipationCatalogues",
                column: "AmendsId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationCatalogues_OrganisationId_Year_Revision",
                table: "ParticipationCatalogues",
                columns: new[] { "OrganisationId", "Year", "Revision" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ParticipationCatalogues_ParticipationCatalogues_AmendsId",
                table: "ParticipationCatalogues",
                column: "AmendsId",
                principalTable: "ParticipationCatalogues",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ParticipationCatalogues_ParticipationCatalogues_AmendsId",
                table: "ParticipationCatalogues");

            migrationBuilder.DropIndex(
                name: "IX_ParticipationCatalogues_AmendsId",
                table: "ParticipationCatalogues");

            migrationBuilder.DropIndex(
                name: "IX_ParticipationCatalogues_OrganisationId_Year_Revision",
                table: "ParticipationCatalogues");

            migrationBuilder.DropColumn(
                name: "AmendmentReason",
                table: "ParticipationCatalogues");

            migrationBuilder.DropColumn(
                name: "AmendsId",
                table: "ParticipationCatalogues");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "ParticipationCatalogues");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "ParticipationCatalogues");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationCatalogues_OrganisationId_Year",
                table: "ParticipationCatalogues",
                columns: new[] { "OrganisationId", "Year" },
                unique: true);
        }
    }
}
