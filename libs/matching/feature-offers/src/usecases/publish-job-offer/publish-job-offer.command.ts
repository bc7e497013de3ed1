/** What ops enter (PublishJobOfferInput); checked against JobOfferPublished's own schema. */
export interface PublishJobOfferCommand {
  id?: string | null;
  occupationCode: string;
  title: string;
  communeCode: string;
  contractType: string;
  skillCodes: string[];
  publishedOn: string;
  expiresOn?: string | null;
}
