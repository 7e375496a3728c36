using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProcedureAndTemplateRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecisionProposedBy",
                table: "DisclosureRequests",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionRequestedBy",
                table: "DisclosureRequests",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TransferredFromRequestId",
                table: "DisclosureRequests",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CatalogueTemplateRevision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CatalogueTemplateId = table.Column<int>(type: "int", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueTemplateRevision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueTemplateRevision_CatalogueTemplates_CatalogueTemplateId",
                        column: x => x.CatalogueTemplateId,
                        principalTable: "CatalogueTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TemplateRevisionItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CatalogueTemplateRevisionId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Level1 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Level2 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Level3 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Content = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Basis = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    TimeLimit = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TimeLimitKind = table.Column<int>(type: "int", nullable: false),
                    TimeLimitDays = table.Column<int>(type: "int", nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Channels = table.Column<int>(type: "int", nullable: false),
                    Audience = table.Column<int>(type: "int", nullable: false),
                    Mode = table.Column<int>(type: "int", nullable: false),
                    Levels = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateRevisionItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemplateRevisionItem_CatalogueTemplateRevision_CatalogueTemplateRevisionId",
                        column: x => x.CatalogueTemplateRevisionId,
                        principalTable: "CatalogueTemplateRevision",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRequests_TransferredFromRequestId",
                table: "DisclosureRequests",
                column: "TransferredFromRequestId",
                unique: true,
                filter: "[TransferredFromRequestId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueTemplateRevision_CatalogueTemplateId_Revision",
                table: "CatalogueTemplateRevision",
                columns: new[] { "CatalogueTemplateId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TemplateRevisionItem_CatalogueTemplateRevisionId",
                table: "TemplateRevisionItem",
                column: "CatalogueTemplateRevisionId");

            migrationBuilder.AddForeignKey(
                name: "FK_DisclosureRequests_DisclosureRequests_TransferredFromRequestId",
                table: "DisclosureRequests",
                column: "TransferredFromRequestId",
                principalTable: "DisclosureRequests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DisclosureRequests_DisclosureRequests_TransferredFromRequestId",
                table: "DisclosureRequests");

            migrationBuilder.DropTable(
                name: "TemplateRevisionItem");

            migrationBuilder.DropTable(
                name: "CatalogueTemplateRevision");

            migrationBuilder.DropIndex(
                name: "IX_DisclosureRequests_TransferredFromRequestId",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "DecisionProposedBy",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedBy",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "TransferredFromRequestId",
                table: "DisclosureRequests");
        }
    }
}
