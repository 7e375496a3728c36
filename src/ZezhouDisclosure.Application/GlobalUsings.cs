global using FluentValidation;
global using Mediator;
global using Microsoft.EntityFrameworkCore;
