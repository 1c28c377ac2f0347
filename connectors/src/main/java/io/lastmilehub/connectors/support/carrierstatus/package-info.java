/**
 * Shared by the carrier tracking formats (EasyPost, UPS, FedEx, DHL, parcel-carrier CSV): a carrier's status codes
 * as a table a tenant may complete, carrier scan times read in the zone of the scan, and the status report of a
 * tracking number. Depends on no connector.
 */
package io.lastmilehub.connectors.support.carrierstatus;
