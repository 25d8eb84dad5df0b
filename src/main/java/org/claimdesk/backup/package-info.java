/**
 * Backups of the embedded H2 database while the application runs ({@code GET /api/v1/backup}, admins): a SQL
 * script that {@code RUNSCRIPT} restores into an empty database. PostgreSQL is backed up with pg_dump
 * (deploy/backup-postgres.sh); the README's "Backups and restore" says how to restore either.
 */
package org.claimdesk.backup;
