using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ColumnMoveAndRetire : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "Columns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ColumnFormerPaths",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ColumnId = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MovedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ColumnFormerPaths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ColumnFormerPaths_Columns_ColumnId",
                        column: x => x.ColumnId,
                        principalTable: "Columns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ColumnFormerPaths_ColumnId",
                table: "ColumnFormerPaths",
                column: "ColumnId");

            migrationBuilder.CreateIndex(
                name: "IX_ColumnFormerPaths_Path",
                table: "ColumnFormerPaths",
                column: "Path",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ColumnFormerPaths");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "Columns");
        }
    }
}
