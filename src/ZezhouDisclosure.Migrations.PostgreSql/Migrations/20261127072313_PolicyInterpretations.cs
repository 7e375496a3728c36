using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PolicyInterpretations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "InterpretationChannels",
                table: "Documents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "InterpretationForm",
                table: "Documents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterpretingUnit",
                table: "Documents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoInterpretationReason",
                table: "Documents",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InterpretationLinks",
                columns: table => new
                {
                    PolicyId = table.Column<int>(type: "integer", nullable: false),
                    InterpretationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterpretationLinks", x => new { x.PolicyId, x.InterpretationId });
                    table.ForeignKey(
                        name: "FK_InterpretationLinks_Documents_InterpretationId",
                        column: x => x.InterpretationId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InterpretationLinks_Documents_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InterpretationLinks_InterpretationId",
                table: "InterpretationLinks",
                column: "InterpretationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InterpretationLinks");

            migrationBuilder.DropColumn(
                name: "InterpretationChannels",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "InterpretationForm",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "InterpretingUnit",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "NoInterpretationReason",
                table: "Documents");
        }
    }
}
