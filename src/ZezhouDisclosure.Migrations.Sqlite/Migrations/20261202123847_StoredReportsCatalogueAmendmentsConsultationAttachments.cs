using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StoredReportsCatalogueAmendmentsConsultationAttachments : Migration
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
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AmendsId",
                table: "ParticipationCatalogues",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "ParticipationCatalogues",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupersededAt",
                table: "ParticipationCatalogues",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConsultationAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsultationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HasTextLayer = table.Column<bool>(type: "INTEGER", nullable: true),
                    ExtractedText = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationAttachments_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsultationAttachments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StoredSelfCheckReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Edition = table.Column<int>(type: "INTEGER", nullable: false),
                    Trigger = table.Column<int>(type: "INTEGER", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    Vetoes = table.Column<int>(type: "INTEGER", nullable: false),
                    Deductions = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneratedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SupersededAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupersededBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredSelfCheckReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoredSelfCheckReports_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationCatalogues_AmendsId",
                table: "ParticipationCatalogues",
                column: "AmendsId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationCatalogues_OrganisationId_Year_Revision",
                table: "ParticipationCatalogues",
                columns: new[] { "OrganisationId", "Year", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationAttachments_ConsultationId",
                table: "ConsultationAttachments",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationAttachments_OrganisationId",
                table: "ConsultationAttachments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationAttachments_StorageKey",
                table: "ConsultationAttachments",
                column: "StorageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoredSelfCheckReports_OrganisationId",
                table: "StoredSelfCheckReports",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StoredSelfCheckReports_Year_Month_OrganisationId_Edition",
                table: "StoredSelfCheckReports",
                columns: new[] { "Year", "Month", "OrganisationId", "Edition" },
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

            migrationBuilder.DropTable(
                name: "ConsultationAttachments");

            migrationBuilder.DropTable(
                name: "StoredSelfCheckReports");

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
