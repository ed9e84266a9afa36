/** Social-media accounts. See headerDictionary.ts for how targets and synonyms are read. */
import type { HeaderSynonyms } from './types';

export const SOCIAL_HEADERS: HeaderSynonyms = [
  // Social accounts
  [
    'social.handle',
    [
      'handle',
      'username',
      'user name',
      'screen name',
      'screen_name',
      'uniqueid',
      'unique id',
      'account',
      'login',
      'benutzername',
      'nome de usuario',
      'usuario',
      'nombre de usuario',
      'nom d utilisateur',
      'instagram',
      'tiktok',
    ],
  ],
  [
    'social.displayName',
    ['display name', 'full name', 'nickname', 'anzeigename', 'nome', 'nombre', 'nom complet', 'profile name'],
  ],
  [
    'social.profileUrl',
    ['profile url', 'profile link', 'profil url', 'url do perfil', 'url del perfil', 'lien du profil'],
  ],
  [
    'social.bio',
    [
      'bio',
      'biography',
      'description',
      'about',
      'signature',
      'beschreibung',
      'biografia',
      'descricao',
      'descripcion',
      'biographie',
    ],
  ],
  [
    'social.externalLink',
    [
      'external link',
      'external url',
      'bio link',
      'biolink',
      'link in bio',
      'website link',
      'externer link',
      'link externo',
      'lien externe',
    ],
  ],
  [
    'social.followers',
    [
      'followers',
      'follower count',
      'followers count',
      'edge followed by count',
      'seguidores',
      'abonnenten',
      'abonnes',
    ],
  ],
  [
    'social.following',
    ['following', 'following count', 'edge follow count', 'folgt', 'seguindo', 'siguiendo', 'abonnements'],
  ],
  [
    'social.posts',
    [
      'posts',
      'post count',
      'media count',
      'video count',
      'beitrage',
      'publicacoes',
      'publicaciones',
      'publications',
    ],
  ],
  [
    'social.createdAt',
    [
      'created at',
      'created',
      'createtime',
      'create time',
      'account created',
      'erstellt am',
      'criado em',
      'creado',
      'cree le',
      'joined',
    ],
  ],
  [
    'social.location',
    ['location', 'city', 'ort', 'stadt', 'cidade', 'ciudad', 'ville', 'localizacao', 'ubicacion'],
  ],
  [
    'social.platform',
    ['platform', 'network', 'service', 'plattform', 'plataforma', 'plateforme', 'social network'],
  ],
];
