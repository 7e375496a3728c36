using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Catalogues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatalogueTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PilotAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedsCompletion = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueTemplates_PilotAreas_PilotAreaId",
                        column: x => x.PilotAreaId,
                        principalTable: "PilotAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueVersions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TownshipCatalogues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PublishedVersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TownshipCatalogues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TownshipCatalogues_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TemplateItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CatalogueTemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedInRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Level1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level3 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TimeLimit = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TimeLimitKind = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeLimitDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channels = table.Column<int>(type: "INTEGER", nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Levels = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemplateItem_CatalogueTemplates_CatalogueTemplateId",
                        column: x => x.CatalogueTemplateId,
                        principalTable: "CatalogueTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueVersionArea",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CatalogueVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PilotAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NotInvolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueVersionArea", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueVersionArea_CatalogueVersions_CatalogueVersionId",
                        column: x => x.CatalogueVersionId,
                        principalTable: "CatalogueVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueVersionItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CatalogueVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    PilotAreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    AreaName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TemplateItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    NotInvolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotInvolvedExplanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Level1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level3 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TimeLimit = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TimeLimitKind = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeLimitDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channels = table.Column<int>(type: "INTEGER", nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Levels = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueVersionItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueVersionItem_CatalogueVersions_CatalogueVersionId",
                        column: x => x.CatalogueVersionId,
                        principalTable: "CatalogueVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TownshipCatalogueArea",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownshipCatalogueId = table.Column<int>(type: "INTEGER", nullable: false),
                    PilotAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    NotInvolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TownshipCatalogueArea", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TownshipCatalogueArea_PilotAreas_PilotAreaId",
                        column: x => x.PilotAreaId,
                        principalTable: "PilotAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TownshipCatalogueArea_TownshipCatalogues_TownshipCatalogueId",
                        column: x => x.TownshipCatalogueId,
                        principalTable: "TownshipCatalogues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TownshipCatalogueItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownshipCatalogueId = table.Column<int>(type: "INTEGER", nullable: false),
                    PilotAreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    TemplateItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    NotInvolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotInvolvedExplanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LocallyEdited = table.Column<bool>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Level1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level3 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TimeLimit = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TimeLimitKind = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeLimitDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channels = table.Column<int>(type: "INTEGER", nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Levels = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TownshipCatalogueItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TownshipCatalogueItem_PilotAreas_PilotAreaId",
                        column: x => x.PilotAreaId,
                        principalTable: "PilotAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TownshipCatalogueItem_TemplateItem_TemplateItemId",
                        column: x => x.TemplateItemId,
                        principalTable: "TemplateItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TownshipCatalogueItem_TownshipCatalogues_TownshipCatalogueId",
                        column: x => x.TownshipCatalogueId,
                        principalTable: "TownshipCatalogues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueItemDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TownshipCatalogueItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueItemDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueItemDocuments_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueItemDocuments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueItemDocuments_TownshipCatalogueItem_TownshipCatalogueItemId",
                        column: x => x.TownshipCatalogueItemId,
                        principalTable: "TownshipCatalogueItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueItemDocuments_DocumentId",
                table: "CatalogueItemDocuments",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueItemDocuments_OrganisationId",
                table: "CatalogueItemDocuments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueItemDocuments_TownshipCatalogueItemId_DocumentId",
                table: "CatalogueItemDocuments",
                columns: new[] { "TownshipCatalogueItemId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueTemplates_PilotAreaId",
                table: "CatalogueTemplates",
                column: "PilotAreaId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueVersionArea_CatalogueVersionId",
                table: "CatalogueVersionArea",
                column: "CatalogueVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueVersionItem_CatalogueVersionId",
                table: "CatalogueVersionItem",
                column: "CatalogueVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueVersions_OrganisationId_Number",
                table: "CatalogueVersions",
                columns: new[] { "OrganisationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TemplateItem_CatalogueTemplateId",
                table: "TemplateItem",
                column: "CatalogueTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_TownshipCatalogueArea_PilotAreaId",
                table: "TownshipCatalogueArea",
                column: "PilotAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_TownshipCatalogueArea_TownshipCatalogueId_PilotAreaId",
                table: "TownshipCatalogueArea",
                columns: new[] { "TownshipCatalogueId", "PilotAreaId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TownshipCatalogueItem_PilotAreaId",
                table: "TownshipCatalogueItem",
                column: "PilotAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_TownshipCatalogueItem_TemplateItemId",
                table: "TownshipCatalogueItem",
                column: "TemplateItemId");

            migrationBuilder.CreateIndex(
                name: "IX_TownshipCatalogueItem_TownshipCatalogueId",
                table: "TownshipCatalogueItem",
                column: "TownshipCatalogueId");

            migrationBuilder.CreateIndex(
                name: "IX_TownshipCatalogues_OrganisationId",
                table: "TownshipCatalogues",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TownshipCatalogues_Status",
                table: "TownshipCatalogues",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogueItemDocuments");

            migrationBuilder.DropTable(
                name: "CatalogueVersionArea");

            migrationBuilder.DropTable(
                name: "CatalogueVersionItem");

            migrationBuilder.DropTable(
                name: "TownshipCatalogueArea");

            migrationBuilder.DropTable(
                name: "TownshipCatalogueItem");

            migrationBuilder.DropTable(
                name: "CatalogueVersions");

            migrationBuilder.DropTable(
                name: "TemplateItem");

            migrationBuilder.DropTable(
                name: "TownshipCatalogues");

            migrationBuilder.DropTable(
                name: "CatalogueTemplates");
        }
    }
}
